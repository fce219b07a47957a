package org.monetization.billing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.monetization.config.BillingInterval;

/**
 * The billing cycles of an interval and billing day in a time zone (CFG-9). Cycles start at midnight in
 * the zone. Immutable, thread-safe.
 *
 * <ul>
 *   <li>DAILY: every day (the billing day is ignored).
 *   <li>WEEKLY: on the billing day as ISO day of week, 1 = Monday to 7 = Sunday.
 *   <li>MONTHLY, QUARTERLY, YEARLY: on the billing day of the month, every 1, 3 or 12 months counted from
 *       the month of the anchor; a billing day of 29 to 31 falls on the last day of shorter months.
 * </ul>
 *
 * @param interval the cycle length
 * @param billingDay 1 to 31 (1 to 7 for WEEKLY)
 * @param zone the zone whose midnights bound the cycles
 */
public record BillingCalendar(BillingInterval interval, int billingDay, ZoneId zone) {

  /**
   * Checks the billing day fits the interval.
   *
   * @throws IllegalArgumentException if the billing day is outside 1..31, or 1..7 for WEEKLY
   */
  public BillingCalendar {
    requireNonNull(interval, "interval");
    requireNonNull(zone, "zone");
    int max = interval == BillingInterval.WEEKLY ? 7 : 31;
    checkArgument(billingDay >= 1 && billingDay <= max, "billing day must be between 1 and %s: %s", max, billingDay);
  }

  /**
   * Returns the whole cycle, boundary to boundary, that contains {@code instant}, for cycles anchored on
   * the month of {@code anchor} (quarterly and yearly cycles start in the anchor's month, plus multiples of
   * 3 or 12 months). The cycle may start before the anchor.
   *
   * @param anchor the start of the subscription
   * @param instant any instant
   * @return the cycle containing the instant
   */
  public BillingCycle cycleOf(Instant anchor, Instant instant) {
    LocalDate anchorDate = LocalDate.ofInstant(anchor, zone);
    LocalDate boundary = boundaryOnOrBefore(anchorDate, LocalDate.ofInstant(instant, zone));
    return new BillingCycle(
        boundary.atStartOfDay(zone).toInstant(), nextBoundary(anchorDate, boundary).atStartOfDay(zone).toInstant());
  }

  /**
   * Returns the first cycle of a subscription that starts at {@code anchor}: from the anchor to the next
   * boundary, usually partial.
   *
   * @param anchor the start of the subscription
   * @return the first cycle
   */
  public BillingCycle firstCycle(Instant anchor) {
    return new BillingCycle(anchor, cycleOf(anchor, anchor).end());
  }

  /** The last boundary on or before {@code day} (possibly before the anchor's own date). */
  private LocalDate boundaryOnOrBefore(LocalDate anchor, LocalDate day) {
    switch (interval) {
      case DAILY:
        return day;
      case WEEKLY:
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(billingDay)));
      default:
        int step = monthsPerCycle();
        long monthsSinceAnchor = monthsBetween(anchor, day);
        long index = Math.floorDiv(monthsSinceAnchor, step);
        LocalDate candidate = onBillingDay(anchor.plusMonths(index * step));
        if (candidate.isAfter(day)) {
          candidate = onBillingDay(anchor.plusMonths((index - 1) * step));
        }
        return candidate;
    }
  }

  private LocalDate nextBoundary(LocalDate anchor, LocalDate boundary) {
    switch (interval) {
      case DAILY:
        return boundary.plusDays(1);
      case WEEKLY:
        return boundary.plusWeeks(1);
      default:
        int step = monthsPerCycle();
        long index = Math.floorDiv(monthsBetween(anchor, boundary), step);
        LocalDate next = onBillingDay(anchor.plusMonths((index + 1) * step));
        return next.isAfter(boundary) ? next : onBillingDay(anchor.plusMonths((index + 2) * step));
    }
  }

  private static long monthsBetween(LocalDate from, LocalDate to) {
    return (to.getYear() - from.getYear()) * 12L + (to.getMonthValue() - from.getMonthValue());
  }

  private LocalDate onBillingDay(LocalDate anyDayOfMonth) {
    return anyDayOfMonth.withDayOfMonth(Math.min(billingDay, anyDayOfMonth.lengthOfMonth()));
  }

  private int monthsPerCycle() {
    return switch (interval) {
      case MONTHLY -> 1;
      case QUARTERLY -> 3;
      case YEARLY -> 12;
      case DAILY, WEEKLY -> throw new IllegalStateException("not a month-based interval: " + interval);
    };
  }
}
