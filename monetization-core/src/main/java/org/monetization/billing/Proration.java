package org.monetization.billing;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import javax.money.MonetaryAmount;

/**
 * Day-based proration of a recurring fee over part of a billing cycle (SUB-5).
 *
 * <p>The rule: a cycle of {@code N} days (counted between midnights in the billing zone) charges the part
 * {@code [from, to)} as {@code R(fee × d(to) / N) − R(fee × d(from) / N)}, where {@code d(t)} is the number
 * of whole days from the cycle start to {@code t} and {@code R} rounds half-even to the currency's minor
 * unit. Because each part is a difference of cumulative amounts, the parts of any split of a cycle add up
 * to the full fee exactly: no cent is created or lost, whatever the number of plan changes.
 */
public final class Proration {
  private Proration() {}

  /**
   * Returns the share of {@code fee} for {@code [from, to)} within the cycle.
   *
   * @param fee the fee of a full cycle, not negative
   * @param cycle the billing cycle
   * @param from the start of the charged part, inside the cycle or at its end
   * @param to the end of the charged part, not before {@code from}, at most the cycle end
   * @param zone the billing zone whose midnights count the days
   * @return the prorated fee, in the fee's currency, rounded to its minor unit
   * @throws IllegalArgumentException if the part is not within the cycle or the fee is negative
   */
  public static MonetaryAmount of(MonetaryAmount fee, BillingCycle cycle, Instant from, Instant to, ZoneId zone) {
    checkArgument(!fee.isNegative(), "fee must not be negative: %s", fee);
    checkArgument(
        !from.isBefore(cycle.start()) && !to.isBefore(from) && !to.isAfter(cycle.end()),
        "[%s, %s) is not within %s",
        from,
        to,
        cycle);
    LocalDate start = LocalDate.ofInstant(cycle.start(), zone);
    long days = Math.max(1, ChronoUnit.DAYS.between(start, LocalDate.ofInstant(cycle.end(), zone)));
    BigDecimal upToTo = cumulative(fee, dayIndex(start, to, cycle, zone), days);
    BigDecimal upToFrom = cumulative(fee, dayIndex(start, from, cycle, zone), days);
    return fee.getFactory().setNumber(upToTo.subtract(upToFrom)).create();
  }

  private static long dayIndex(LocalDate start, Instant instant, BillingCycle cycle, ZoneId zone) {
    if (instant.equals(cycle.end())) {
      return Math.max(1, ChronoUnit.DAYS.between(start, LocalDate.ofInstant(cycle.end(), zone)));
    }
    return ChronoUnit.DAYS.between(start, LocalDate.ofInstant(instant, zone));
  }

  private static BigDecimal cumulative(MonetaryAmount fee, long day, long days) {
    int digits = Math.max(0, fee.getCurrency().getDefaultFractionDigits());
    return fee.getNumber().numberValue(BigDecimal.class)
        .multiply(BigDecimal.valueOf(day))
        .divide(BigDecimal.valueOf(days), digits, RoundingMode.HALF_EVEN);
  }
}
