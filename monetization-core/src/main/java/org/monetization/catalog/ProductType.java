package org.monetization.catalog;

/** What a product sells (CFG-5). */
public enum ProductType {
  /** Usage of a service, priced by the product's tariff; needs a service identifier when subscribed. */
  SERVICE,
  /** A fee charged once, at purchase. */
  ONE_TIME,
  /** A fee charged every billing cycle. */
  RECURRING,
  /** A grant of a resource each cycle, such as 1000 MB of free data. */
  ALLOWANCE
}
