package org.monetization.spi;

/**
 * Computes the tax of an adjusted amount (BAL-4, BAL-6, BIL-5). The host plugs in its tax engine; without
 * one, commands that ask for tax are rejected. Implementations are thread-safe and side-effect free: the
 * SDK may call them again when a command is retried.
 *
 * <pre>{@code
 * TaxProvider vat = request -> new TaxResult(
 *     request.amount().multiply(new BigDecimal("0.20")), "FR-VAT", "4457-VAT-COLLECTED");
 * }</pre>
 */
@FunctionalInterface
public interface TaxProvider {

  /**
   * Returns the tax of the request's amount.
   *
   * @param request what to tax
   * @return the tax, in the request amount's currency
   */
  TaxResult tax(TaxRequest request);
}
