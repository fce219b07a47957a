package org.monetization.customer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a payment method needs to collect money. Immutable. Secrets (card token, IBAN) are masked in
 * {@code toString}, so they never reach a log by accident; no card number is ever held.
 */
public sealed interface PaymentDetails {

  /** Returns the payment method these details are for. */
  PaymentMethod method();

  /** Invoice payment: nothing to store beyond the billing address of {@link PaymentInfo}. */
  record Invoice() implements PaymentDetails {
    @Override
    public PaymentMethod method() {
      return PaymentMethod.INVOICE;
    }
  }

  /**
   * Card payment: the holder and the payment gateway's token reference, never the card number.
   *
   * @param holderName the card holder's name (required)
   * @param gatewayToken the gateway's token for the card (required, secret)
   */
  record CreditCard(@Nullable String holderName, @Nullable String gatewayToken) implements PaymentDetails {
    @Override
    public PaymentMethod method() {
      return PaymentMethod.CREDIT_CARD;
    }

    @Override
    public String toString() {
      return "CreditCard[holderName=" + holderName + ", gatewayToken=" + Secrets.mask(gatewayToken) + "]";
    }
  }

  /**
   * SEPA direct debit under a mandate.
   *
   * @param mandateId the mandate reference (required, at most 35 characters as in pain.008)
   * @param signatureDate the date the mandate was signed (required, not in the future)
   * @param bic the bank's BIC (required, validated)
   * @param iban the account's IBAN (required, validated, secret)
   */
  record DirectDebit(
      @Nullable String mandateId,
      @Nullable LocalDate signatureDate,
      @Nullable String bic,
      @Nullable String iban)
      implements PaymentDetails {
    @Override
    public PaymentMethod method() {
      return PaymentMethod.DIRECT_DEBIT;
    }

    @Override
    public String toString() {
      return "DirectDebit[mandateId="
          + mandateId
          + ", signatureDate="
          + signatureDate
          + ", bic="
          + bic
          + ", iban="
          + Secrets.mask(iban)
          + "]";
    }
  }
}
