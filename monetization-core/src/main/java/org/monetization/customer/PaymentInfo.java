package org.monetization.customer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The payment section of a customer (CUS-5, CUS-9): the method with its details, a billing address when it
 * differs from the account address, and tax identification numbers. Immutable.
 *
 * @param details the method and what it needs
 * @param billingAddress where invoices go when not the account address; street, city and country required
 * @param taxIds tax identification numbers, kept sorted
 */
public record PaymentInfo(PaymentDetails details, @Nullable Address billingAddress, Set<String> taxIds) {

  /** Copies the tax ids into a sorted, immutable set. */
  public PaymentInfo {
    requireNonNull(details, "details");
    taxIds = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(taxIds));
  }

  /** Returns invoice payment with no billing address and no tax id. */
  public static PaymentInfo invoice() {
    return new PaymentInfo(new PaymentDetails.Invoice(), null, Set.of());
  }

  /**
   * Returns card payment with no billing address and no tax id.
   *
   * @param holderName the card holder
   * @param gatewayToken the gateway's token for the card
   * @return the payment info
   */
  public static PaymentInfo creditCard(@Nullable String holderName, @Nullable String gatewayToken) {
    return new PaymentInfo(new PaymentDetails.CreditCard(holderName, gatewayToken), null, Set.of());
  }

  /**
   * Returns SEPA direct debit with no billing address and no tax id.
   *
   * @param mandateId the mandate reference
   * @param signatureDate when the mandate was signed
   * @param bic the bank's BIC
   * @param iban the account's IBAN
   * @return the payment info
   */
  public static PaymentInfo directDebit(
      @Nullable String mandateId,
      @Nullable LocalDate signatureDate,
      @Nullable String bic,
      @Nullable String iban) {
    return new PaymentInfo(new PaymentDetails.DirectDebit(mandateId, signatureDate, bic, iban), null, Set.of());
  }

  /** Returns the payment method. */
  public PaymentMethod method() {
    return details.method();
  }

  /**
   * Returns a copy with the given billing address.
   *
   * @param address the billing address, or null to use the account address
   * @return the new payment info
   */
  public PaymentInfo withBillingAddress(@Nullable Address address) {
    return new PaymentInfo(details, address, taxIds);
  }

  /**
   * Returns a copy with the given tax ids.
   *
   * @param ids the tax identification numbers
   * @return the new payment info
   */
  public PaymentInfo withTaxIds(Set<String> ids) {
    return new PaymentInfo(details, billingAddress, ids);
  }
}
