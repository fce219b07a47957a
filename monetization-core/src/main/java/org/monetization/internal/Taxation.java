package org.monetization.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.monetization.error.MonetizationException;
import org.monetization.spi.TaxProvider;
import org.monetization.spi.TaxRequest;
import org.monetization.spi.TaxResult;

/**
 * The tax of an adjustment, asked of the host's {@link TaxProvider} and rounded half-up to the scale of the
 * resource it lands on: the one rounding point of taxes, shared by balance and event adjustments.
 *
 * @param amount the tax, at the resource's scale
 * @param provider who computed it; null when untaxed
 * @param ledger the general ledger account; null when untaxed
 */
public record Taxation(BigDecimal amount, @Nullable String provider, @Nullable String ledger) {

  /** No tax. */
  public static final Taxation NONE = new Taxation(BigDecimal.ZERO, null, null);

  /**
   * Asks the provider for the tax of the request and rounds it.
   *
   * @param provider the host's tax provider
   * @param request the taxable amount
   * @param scale the scale of the resource the tax lands on
   * @return the rounded tax
   * @throws MonetizationException if the provider answers in another currency
   */
  public static Taxation of(TaxProvider provider, TaxRequest request, int scale) {
    TaxResult result = provider.tax(request);
    if (!result.tax().getCurrency().equals(request.amount().getCurrency())) {
      throw new MonetizationException("tax provider " + result.provider() + " answered in "
          + result.tax().getCurrency() + " for an amount in " + request.amount().getCurrency());
    }
    BigDecimal tax = result.tax().getNumber().numberValue(BigDecimal.class).setScale(scale, RoundingMode.HALF_UP);
    return new Taxation(tax, result.provider(), result.ledger());
  }
}
