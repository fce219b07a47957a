package org.monetization.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.monetization.config.BillingInterval;

/** Proration conserves money: the parts of any split of a cycle add up to the full fee. */
class ProrationProperties {
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  @Property(tries = 300)
  void theProratedPartsOfAnySplitOfACycleAddUpToTheFee(
      @ForAll("fees") MonetaryAmount fee,
      @ForAll("intervals") BillingInterval interval,
      @ForAll @IntRange(min = 1, max = 7) int billingDay,
      @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long anchorSecond,
      @ForAll("cuts") List<Integer> cutPercents) {
    BillingCalendar calendar = new BillingCalendar(interval, billingDay, ZONE);
    Instant anchor = Instant.ofEpochSecond(anchorSecond);
    BillingCycle cycle = calendar.cycleOf(anchor, anchor.plusSeconds(86_400L * 40));
    long span = cycle.end().getEpochSecond() - cycle.start().getEpochSecond();
    TreeSet<Instant> cuts = new TreeSet<>();
    for (int percent : cutPercents) {
      cuts.add(cycle.start().plusSeconds(span * percent / 100));
    }
    List<Instant> points = new ArrayList<>();
    points.add(cycle.start());
    points.addAll(cuts);
    points.add(cycle.end());

    MonetaryAmount total = fee.multiply(0);
    for (int i = 1; i < points.size(); i++) {
      MonetaryAmount part = Proration.of(fee, cycle, points.get(i - 1), points.get(i), ZONE);
      assertThat(part.isNegative()).isFalse();
      total = total.add(part);
    }

    assertThat(total).isEqualTo(fee);
  }

  @Test
  void aHalfMonthIsHalfTheFeeRoundedToTheCent() {
    BillingCycle april =
        new BillingCalendar(BillingInterval.MONTHLY, 1, ZONE).cycleOf(Instant.parse("2026-04-10T00:00:00Z"),
            Instant.parse("2026-04-10T00:00:00Z"));
    Instant mid = java.time.LocalDate.parse("2026-04-16").atStartOfDay(ZONE).toInstant();

    MonetaryAmount firstHalf = Proration.of(Money.of(new BigDecimal("19.99"), "EUR"), april, april.start(), mid, ZONE);

    assertThat(firstHalf).isEqualTo(Money.of(new BigDecimal("10.00"), "EUR")); // 19.99 x 15/30 = 9.995, half-even
  }

  @Provide
  Arbitrary<MonetaryAmount> fees() {
    return Arbitraries.of("EUR", "JPY", "BHD").flatMap(code -> {
      int digits = Monetary.getCurrency(code).getDefaultFractionDigits();
      return Arbitraries.longs().between(0, 100_000_000L).map(minor -> Money.of(BigDecimal.valueOf(minor, digits), code));
    });
  }

  @Provide
  Arbitrary<BillingInterval> intervals() {
    return Arbitraries.of(BillingInterval.class);
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 100).list().ofMaxSize(8);
  }
}
