package org.monetization.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * A volume tier of a rate: from {@code fromQuantity} units used in the cycle onwards, each unit costs
 * {@code pricePerUnit}. Immutable.
 *
 * @param fromQuantity the first unit the tier applies to, counted from 0 within the cycle; not negative
 * @param pricePerUnit the price of one unit (of the tariff's unit) in this tier; not negative
 */
public record Tier(BigDecimal fromQuantity, MonetaryAmount pricePerUnit) {

  /**
   * Checks that quantity and price are not negative.
   *
   * @throws IllegalArgumentException if either is negative
   */
  public Tier {
    requireNonNull(fromQuantity, "fromQuantity");
    requireNonNull(pricePerUnit, "pricePerUnit");
    checkArgument(fromQuantity.signum() >= 0, "tier start must not be negative: %s", fromQuantity);
    checkArgument(!pricePerUnit.isNegative(), "tier price must not be negative: %s", pricePerUnit);
  }

  /**
   * Returns the tier that starts at the first unit.
   *
   * @param pricePerUnit the price of one unit
   * @return the tier
   */
  public static Tier flat(MonetaryAmount pricePerUnit) {
    return new Tier(BigDecimal.ZERO, pricePerUnit);
  }
}
