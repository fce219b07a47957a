package org.monetization.spi;

import static java.util.Objects.requireNonNull;

import javax.money.MonetaryAmount;

/**
 * A {@link TaxProvider}'s answer. Immutable.
 *
 * @param tax the tax due on the amount, in its currency; the SDK rounds it half-up to the resource's scale
 * @param provider the name of whoever computed it, recorded in the ledger
 * @param ledger the general ledger account the tax is booked to
 */
public record TaxResult(MonetaryAmount tax, String provider, String ledger) {

  /** Checks every part is present. */
  public TaxResult {
    requireNonNull(tax, "tax");
    requireNonNull(provider, "provider");
    requireNonNull(ledger, "ledger");
  }
}
