package org.monetization.examples.demo.subscription;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * How the demo prints amounts: currency code, then the number with at least the currency's decimals. The
 * rating chapter prints its charges the same way.
 */
public final class Amounts {
  private Amounts() {}

  /**
   * Returns e.g. "EUR 5.00" for five euros, "EUR 0.0025" for a quarter of a cent, "EUR -9.87" for a credit.
   *
   * @param amount the amount
   * @return the text
   */
  public static String format(MonetaryAmount amount) {
    BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
    int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
    if (number.scale() < digits) {
      number = number.setScale(digits);
    }
    return amount.getCurrency().getCurrencyCode() + " " + number.toPlainString();
  }
}
