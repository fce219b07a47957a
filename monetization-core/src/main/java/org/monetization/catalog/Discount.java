package org.monetization.catalog;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.monetization.time.Validity;

/**
 * A reduction of fees (CFG-5): a percentage or a fixed amount, applied to the listed products of its
 * bundle (all fee products when none is listed), within its validity. A discount never makes a fee
 * negative. Immutable.
 *
 * @param code unique within its bundle, or the coupon's discount code
 * @param name display name
 * @param kind percentage or fixed amount
 * @param percentage for {@link DiscountKind#PERCENTAGE}, 0 to 100; null otherwise
 * @param amount for {@link DiscountKind#FIXED}, the amount off, not negative; null otherwise
 * @param validity when the discount applies; null for always
 * @param productCodes the products of the bundle it applies to; empty for every fee product
 */
public record Discount(
    String code,
    String name,
    DiscountKind kind,
    @Nullable BigDecimal percentage,
    @Nullable MonetaryAmount amount,
    @Nullable Validity validity,
    List<String> productCodes) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Copies the product codes. */
  public Discount {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    productCodes = List.copyOf(productCodes);
  }

  /**
   * Returns a percentage discount on every fee product.
   *
   * @param code the code
   * @param percentage 0 to 100
   * @return the discount
   */
  public static Discount percentage(String code, BigDecimal percentage) {
    return new Discount(code, code, DiscountKind.PERCENTAGE, percentage, null, null, List.of());
  }

  /**
   * Returns a fixed-amount discount on every fee product.
   *
   * @param code the code
   * @param amount the amount off
   * @return the discount
   */
  public static Discount fixed(String code, MonetaryAmount amount) {
    return new Discount(code, code, DiscountKind.FIXED, null, amount, null, List.of());
  }

  /**
   * Returns a copy applying only to the given products.
   *
   * @param codes product codes of the bundle
   * @return the discount
   */
  public Discount onProducts(List<String> codes) {
    return new Discount(code, name, kind, percentage, amount, validity, codes);
  }

  /**
   * Returns the fee after this discount: never negative, never more than the fee. The amount off a
   * percentage discount is rounded half-even to the currency's default fraction digits (50% of 19.99 is
   * 10.00 off, leaving 9.99).
   *
   * @param fee the fee, not negative
   * @return the discounted fee
   * @throws IllegalArgumentException if the fee is negative or the discount is not well formed
   */
  public MonetaryAmount applyTo(MonetaryAmount fee) {
    if (fee.isNegative()) {
      throw new IllegalArgumentException("fee must not be negative: " + fee);
    }
    MonetaryAmount off;
    if (kind == DiscountKind.PERCENTAGE) {
      if (percentage == null || percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException("percentage must be between 0 and 100: " + percentage);
      }
      int digits = fee.getCurrency().getDefaultFractionDigits();
      BigDecimal exact = fee.getNumber().numberValue(BigDecimal.class).multiply(percentage)
          .divide(HUNDRED, Math.max(digits, 0), RoundingMode.HALF_EVEN);
      off = fee.getFactory().setNumber(exact).create();
    } else {
      if (amount == null || amount.isNegative()) {
        throw new IllegalArgumentException("fixed discount must be a non-negative amount: " + amount);
      }
      off = amount;
    }
    MonetaryAmount result = fee.subtract(off);
    return result.isNegative() ? fee.multiply(0) : result;
  }
}
