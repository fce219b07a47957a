package org.monetization.catalog;

/** How a discount lowers a fee (CFG-5). */
public enum DiscountKind {
  /** By a percentage of the fee. */
  PERCENTAGE,
  /** By a fixed amount, never below zero. */
  FIXED
}
