package org.monetization.customer;

/** How a customer pays its invoices (CUS-5, CUS-9). */
public enum PaymentMethod {
  /** The customer receives invoices and pays them by its own means. */
  INVOICE,
  /** A payment gateway charges a stored card token. */
  CREDIT_CARD,
  /** SEPA direct debit under a signed mandate. */
  DIRECT_DEBIT
}
