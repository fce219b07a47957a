package org.monetization.config;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * What a balance can hold (CFG-3): money in one currency, or units such as MB, SECOND, SMS or points.
 * Amounts of the resource are exact decimals with at most {@link #scale()} fraction digits; a rated charge
 * is rounded half-up to that scale. Immutable.
 *
 * <pre>{@code
 * Resource euro = Resource.monetary(Monetary.getCurrency("EUR"), 4);
 * Resource data = Resource.units("DATA_MB", "MB", 0).withConsumptionOrder(ConsumptionOrder.NEWEST_FIRST);
 * }</pre>
 *
 * @param code unique code: upper-case letters, digits and underscores, 1 to 40; a monetary resource's
 *     code is its currency code
 * @param name display name
 * @param kind money or units
 * @param currency the currency of a monetary resource; null for other units
 * @param unit the unit amounts are counted in (the currency code for money)
 * @param scale fraction digits of amounts, 0 to {@value #MAX_SCALE}
 * @param consumptionOrder which of several available balances is drawn first
 */
public record Resource(
    String code,
    String name,
    ResourceKind kind,
    @Nullable CurrencyUnit currency,
    String unit,
    int scale,
    ConsumptionOrder consumptionOrder) {

  /** The largest scale: amounts are computed on scaled {@code long}s, so digits are kept for the integer part. */
  public static final int MAX_SCALE = 9;

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /**
   * Checks the code, scale and that exactly monetary resources carry a currency, their code.
   *
   * @throws IllegalArgumentException if any of them is malformed
   */
  public Resource {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(unit, "unit");
    requireNonNull(consumptionOrder, "consumptionOrder");
    checkArgument(CODE.matcher(code).matches(), "resource code must match %s: %s", CODE, code);
    checkArgument(!name.isBlank() && !unit.isBlank(), "resource name and unit must not be blank");
    checkArgument(scale >= 0 && scale <= MAX_SCALE, "scale must be between 0 and %s: %s", MAX_SCALE, scale);
    checkArgument((kind == ResourceKind.MONETARY) == (currency != null), "exactly monetary resources have a currency");
    checkArgument(currency == null || currency.getCurrencyCode().equals(code), "a monetary resource's code is its currency code");
  }

  /**
   * Returns the monetary resource of a currency, consumed earliest expiry first.
   *
   * @param currency the currency
   * @param scale fraction digits of its amounts, at least the currency's own
   * @return the resource
   * @throws IllegalArgumentException if the scale is out of range
   */
  public static Resource monetary(CurrencyUnit currency, int scale) {
    return new Resource(currency.getCurrencyCode(), currency.getCurrencyCode(), ResourceKind.MONETARY, currency,
        currency.getCurrencyCode(), scale, ConsumptionOrder.EARLIEST_EXPIRY_FIRST);
  }

  /**
   * Returns the resource the SDK uses for a currency that has no definition: its ISO fraction digits
   * (2 for EUR), consumed earliest expiry first.
   *
   * @param currency the currency
   * @return the resource
   */
  public static Resource defaultFor(CurrencyUnit currency) {
    return monetary(currency, Math.max(0, currency.getDefaultFractionDigits()));
  }

  /**
   * Returns a non-monetary resource, consumed earliest expiry first.
   *
   * @param code the resource code, e.g. {@code DATA_MB}
   * @param unit the unit, e.g. {@code MB}
   * @param scale fraction digits of its amounts
   * @return the resource
   * @throws IllegalArgumentException if the code or scale is malformed
   */
  public static Resource units(String code, String unit, int scale) {
    return new Resource(code, code, ResourceKind.NON_MONETARY, null, unit, scale,
        ConsumptionOrder.EARLIEST_EXPIRY_FIRST);
  }

  /**
   * Returns a copy drawn in the given order.
   *
   * @param order the consumption order
   * @return the copy
   */
  public Resource withConsumptionOrder(ConsumptionOrder order) {
    return new Resource(code, name, kind, currency, unit, scale, order);
  }

  /**
   * Returns a copy with another display name.
   *
   * @param value the name
   * @return the copy
   */
  public Resource withName(String value) {
    return new Resource(code, value, kind, currency, unit, scale, consumptionOrder);
  }

  /**
   * Returns whether the amount has no more fraction digits than the scale, so it is stored exactly.
   *
   * @param amount the amount
   * @return true if it fits
   */
  public boolean fits(java.math.BigDecimal amount) {
    return amount.signum() == 0 || amount.stripTrailingZeros().scale() <= scale;
  }

  /** Returns whether this resource is money. */
  public boolean isMonetary() {
    return kind == ResourceKind.MONETARY;
  }
}
