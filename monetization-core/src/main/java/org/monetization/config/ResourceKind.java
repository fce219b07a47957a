package org.monetization.config;

/** Whether a resource is money or another unit (CFG-3). */
public enum ResourceKind {
  /** Money in one ISO 4217 currency: prepaid credit, postpaid charges. */
  MONETARY,
  /** Any other unit: megabytes, seconds, text messages, loyalty points. */
  NON_MONETARY
}
