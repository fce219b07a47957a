package org.monetization.config;

/** The kind of entity a custom attribute definition applies to (CFG-2). */
public enum AttributeTarget {
  /** A customer account. */
  CUSTOMER,
  /** A billing profile. */
  BILLING_PROFILE,
  /** A catalog product. */
  PRODUCT
}
