package org.monetization.notification;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A level of a resource's available amount that a credit profile watches (CFG-8): a fixed amount, or a
 * percentage of a limit (20 % of a 1000 MB allowance is 200 MB). The available amount is the group's valid
 * balances of the resource with their sign flipped (BAL-2: available credit is negative), so 200 means "200
 * units left". Immutable; the values are checked by {@link Notifications#defineCreditProfile(CreditProfile)}.
 *
 * <pre>{@code
 * Threshold.amount("EUR", new BigDecimal("5.00"));                      // 5 euros of credit left
 * Threshold.percentOf("DATA_MB", new BigDecimal("20"), new BigDecimal("1000")); // 200 MB left
 * }</pre>
 *
 * @param resource the resource code
 * @param kind a fixed amount or a percentage of a limit
 * @param value the amount (at most the resource's scale), or the percentage (0 to 100); not negative
 * @param limit the limit the percentage applies to, positive; null for a fixed amount
 */
public record Threshold(String resource, Kind kind, BigDecimal value, @Nullable BigDecimal limit) {

  /** How a threshold's level is given. */
  public enum Kind {
    /** The level is the value itself. */
    AMOUNT,
    /** The level is the value, a percentage, of the limit. */
    PERCENT_OF_LIMIT
  }

  /** Checks the mandatory parts are present. */
  public Threshold {
    requireNonNull(resource, "resource");
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
  }

  /**
   * Returns a threshold at a fixed available amount.
   *
   * @param resource the resource code
   * @param amount the available amount that is watched
   * @return the threshold
   */
  public static Threshold amount(String resource, BigDecimal amount) {
    return new Threshold(resource, Kind.AMOUNT, amount, null);
  }

  /**
   * Returns a threshold at a percentage of a limit.
   *
   * @param resource the resource code
   * @param percent the percentage, 0 to 100
   * @param limit the limit, positive
   * @return the threshold
   */
  public static Threshold percentOf(String resource, BigDecimal percent, BigDecimal limit) {
    return new Threshold(resource, Kind.PERCENT_OF_LIMIT, percent, limit);
  }

  /**
   * Returns the available amount at or below which the threshold is reached: the value, or the exact
   * percentage of the limit.
   *
   * @throws NullPointerException if a percentage has no limit (rejected by validation before use)
   */
  public BigDecimal level() {
    return kind == Kind.AMOUNT ? value : requireNonNull(limit, "limit").multiply(value).movePointLeft(2);
  }
}
