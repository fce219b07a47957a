package org.monetization.config;

/** How a billing profile pays for usage: before (prepaid credit) or after (postpaid bill). */
public enum PaymentType {
  /** Usage draws on credit paid in advance; a charge the credit cannot cover is refused. */
  PREPAID,
  /** Usage accumulates on the current bill and is paid after the cycle. */
  POSTPAID
}
