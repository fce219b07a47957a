package org.monetization.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.monetization.config.BillingInterval;

class BillingCalendarTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static Instant paris(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
  }

  @Test
  void monthlyCyclesStartOnTheBillingDayAtMidnightInTheZone() {
    BillingCalendar calendar = new BillingCalendar(BillingInterval.MONTHLY, 15, PARIS);
    Instant anchor = paris("2026-03-20T10:00");

    assertThat(calendar.firstCycle(anchor)).isEqualTo(new BillingCycle(anchor, paris("2026-04-15T00:00")));
    assertThat(calendar.cycleOf(anchor, paris("2026-04-15T00:00")))
        .isEqualTo(new BillingCycle(paris("2026-04-15T00:00"), paris("2026-05-15T00:00")));
    assertThat(calendar.cycleOf(anchor, paris("2026-05-14T23:59")))
        .isEqualTo(new BillingCycle(paris("2026-04-15T00:00"), paris("2026-05-15T00:00")));
  }

  @Test
  void aBillingDayOf31FallsOnTheLastDayOfShorterMonths() {
    BillingCalendar calendar = new BillingCalendar(BillingInterval.MONTHLY, 31, PARIS);
    Instant anchor = paris("2026-01-31T00:00");

    assertThat(calendar.cycleOf(anchor, paris("2026-02-10T12:00")))
        .isEqualTo(new BillingCycle(paris("2026-01-31T00:00"), paris("2026-02-28T00:00")));
    assertThat(calendar.cycleOf(anchor, paris("2026-03-01T00:00")))
        .isEqualTo(new BillingCycle(paris("2026-02-28T00:00"), paris("2026-03-31T00:00")));
    assertThat(calendar.cycleOf(anchor, paris("2028-02-29T00:00")).start()).isEqualTo(paris("2028-02-29T00:00"));
  }

  @Test
  void quarterlyAndYearlyCyclesCountFromTheAnchorMonth() {
    Instant anchor = paris("2026-02-10T08:00");

    assertThat(new BillingCalendar(BillingInterval.QUARTERLY, 1, PARIS).firstCycle(anchor))
        .isEqualTo(new BillingCycle(anchor, paris("2026-05-01T00:00")));
    assertThat(new BillingCalendar(BillingInterval.YEARLY, 1, PARIS).cycleOf(anchor, paris("2027-03-01T00:00")))
        .isEqualTo(new BillingCycle(paris("2027-02-01T00:00"), paris("2028-02-01T00:00")));
  }

  @Test
  void weeklyCyclesStartOnTheBillingDayOfWeekAndDailyAtMidnight() {
    Instant wednesday = paris("2026-03-04T15:00");

    assertThat(new BillingCalendar(BillingInterval.WEEKLY, 1, PARIS).firstCycle(wednesday))
        .isEqualTo(new BillingCycle(wednesday, paris("2026-03-09T00:00")));
    assertThat(new BillingCalendar(BillingInterval.DAILY, 1, PARIS).firstCycle(wednesday))
        .isEqualTo(new BillingCycle(wednesday, paris("2026-03-05T00:00")));
  }

  @Test
  void daylightSavingDaysStillStartAtLocalMidnight() {
    BillingCalendar daily = new BillingCalendar(BillingInterval.DAILY, 1, PARIS);

    BillingCycle shortDay = daily.cycleOf(paris("2026-03-01T00:00"), paris("2026-03-29T12:00"));

    assertThat(shortDay).isEqualTo(new BillingCycle(paris("2026-03-29T00:00"), paris("2026-03-30T00:00")));
    assertThat(java.time.Duration.between(shortDay.start(), shortDay.end()).toHours()).isEqualTo(23);
  }

  @Test
  void rejectsABillingDayOutsideTheInterval() {
    assertThatThrownBy(() -> new BillingCalendar(BillingInterval.MONTHLY, 32, PARIS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BillingCalendar(BillingInterval.WEEKLY, 8, PARIS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BillingCalendar(BillingInterval.MONTHLY, 0, PARIS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
