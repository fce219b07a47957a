package org.monetization.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.RatingTestBed.NOW;
import static org.monetization.testing.RatingTestBed.data;
import static org.monetization.testing.RatingTestBed.voice;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceId;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.NewBalance;
import org.monetization.config.ConsumptionOrder;
import org.monetization.config.PaymentType;
import org.monetization.error.InsufficientBalanceException;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;

/**
 * The money and unit rules of rating (BAL-2, BAL-7, NFR-1) on random mixes of balances and events: units are
 * neither created nor lost, balances are drawn in their resource's consumption order, prepaid credit never
 * goes past zero, and the charges add up to the balances' change.
 */
class RatingProperties {
  private static final Instant ONBOARDED = NOW.minus(Duration.ofDays(1));

  /**
   * A free-data grant: its amount, when it was created (minutes after onboarding), and its end (days after
   * the events; 0 for never, negative for already expired when the events happen).
   */
  record Grant(int amount, int createdMinute, int endDays) {}

  @Provide
  Arbitrary<List<Grant>> grants() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 400),
            Arbitraries.integers().between(0, 600),
            Arbitraries.integers().between(-1, 20))
        .as(Grant::new)
        .list()
        .ofMaxSize(6);
  }

  private record Granted(Grant grant, Balance balance) {
    boolean validAtNow() {
      return balance.isValidAt(NOW);
    }
  }

  private static List<Granted> grant(RatingTestBed bed, Line line, List<Grant> grants) {
    List<Granted> granted = new ArrayList<>();
    for (Grant grant : grants) {
      Instant created = ONBOARDED.plus(Duration.ofMinutes(grant.createdMinute()));
      bed.clock.set(created);
      BalanceValidity validity = grant.endDays() == 0 ? BalanceValidity.infinite()
          : BalanceValidity.until(grant.endDays() < 0 ? NOW.minusSeconds(1) : NOW.plus(Duration.ofDays(grant.endDays())));
      if (grant.endDays() < 0 && !NOW.minusSeconds(1).isAfter(created)) {
        validity = BalanceValidity.infinite();
      }
      granted.add(new Granted(grant, bed.sdk.balances().create(
          NewBalance.credit(line.groupId(), "DATA_MB", BigDecimal.valueOf(grant.amount()), validity))));
    }
    bed.clock.set(NOW);
    return granted;
  }

  private static Line onboard(RatingTestBed bed, PaymentType type) {
    bed.clock.set(ONBOARDED);
    Line line = bed.onboard("Prop", "+33699000000", type);
    bed.clock.set(NOW);
    return line;
  }

  private static BigDecimal sum(List<Balance> balances, String resource) {
    return balances.stream().filter(b -> b.resource().equals(resource)).map(Balance::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal money(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  @Property(tries = 60)
  void unitsAndMoneyAreConserved(
      @ForAll("grants") List<Grant> grants,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 300) Integer> usages,
      @ForAll ConsumptionOrder order) {
    RatingTestBed bed = new RatingTestBed(order);
    Line line = onboard(bed, PaymentType.POSTPAID);
    List<Granted> granted = grant(bed, line, grants);
    List<UsageEvent> events = new ArrayList<>();
    for (int i = 0; i < usages.size(); i++) {
      events.add(data("u-" + i, line.identifier(), usages.get(i).toString()));
    }

    List<RatingResult> results = bed.sdk.rating().rateAll(events);

    BigDecimal consumed = BigDecimal.ZERO;
    BigDecimal charged = BigDecimal.ZERO;
    for (RatingResult result : results) {
      assertThat(result.status()).isEqualTo(RatingStatus.RATED);
      for (BalanceImpact impact : result.event().impacts()) {
        if (impact.resource().equals("DATA_MB")) {
          consumed = consumed.add(impact.amount());
        }
      }
      charged = charged.add(money(result.event().charge()));
    }
    List<Balance> after = bed.balances(line);
    BigDecimal grantedTotal = BigDecimal.valueOf(grants.stream().mapToInt(Grant::amount).sum());
    BigDecimal remaining = sum(after, "DATA_MB").negate();
    long usable = granted.stream().filter(Granted::validAtNow).mapToLong(g -> g.grant().amount()).sum();
    long used = usages.stream().mapToLong(Integer::longValue).sum();

    assertThat(consumed.add(remaining)).isEqualByComparingTo(grantedTotal);
    assertThat(consumed).isEqualByComparingTo(BigDecimal.valueOf(Math.min(usable, used)));
    assertThat(after).filteredOn(b -> b.resource().equals("DATA_MB")).allMatch(b -> b.amount().signum() <= 0);
    assertThat(sum(after, "EUR")).isEqualByComparingTo(charged);
    assertThat(charged).isEqualByComparingTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(used).subtract(consumed)));
    for (Granted g : granted) {
      if (!g.validAtNow()) {
        assertThat(bed.sdk.balances().balances(line.groupId())).contains(g.balance()); // expired: untouched
      }
    }
  }

  @Property(tries = 80)
  void balancesAreDrawnInTheResourcesConsumptionOrder(
      @ForAll("grants") List<Grant> grants,
      @ForAll @IntRange(min = 0, max = 1500) int usage,
      @ForAll ConsumptionOrder order) {
    RatingTestBed bed = new RatingTestBed(order);
    Line line = onboard(bed, PaymentType.POSTPAID);
    List<Granted> granted = grant(bed, line, grants);

    RatedEvent event = bed.sdk.rating().rate(data("o-1", line.identifier(), Integer.toString(usage))).event();

    Map<BalanceId, Long> expected = new HashMap<>();
    long left = usage;
    for (Granted g : inOrder(granted, order)) {
      long take = Math.min(left, g.grant().amount());
      if (take > 0) {
        expected.put(g.balance().id(), take);
      }
      left -= take;
    }
    Map<BalanceId, Long> actual = new HashMap<>();
    for (BalanceImpact impact : event.impacts()) {
      if (impact.resource().equals("DATA_MB")) {
        actual.put(impact.balanceId(), impact.amount().longValueExact());
      }
    }
    assertThat(actual).isEqualTo(expected);
  }

  /** The order the SPEC prescribes, written independently of the implementation; ties go to the older. */
  private static List<Granted> inOrder(List<Granted> granted, ConsumptionOrder order) {
    Comparator<Granted> older = Comparator.comparing((Granted g) -> g.balance().createdAt())
        .thenComparingLong(g -> g.balance().id().value());
    Comparator<Granted> rule = switch (order) {
      case EARLIEST_EXPIRY_FIRST -> Comparator.comparing((Granted g) -> g.balance().validity().to(),
          Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(older);
      case NEWEST_FIRST -> Comparator.comparing((Granted g) -> g.balance().createdAt()).reversed()
          .thenComparingLong(g -> g.balance().id().value());
      case OLDEST_FIRST -> older;
      case LARGEST_FIRST -> Comparator.comparingInt((Granted g) -> -g.grant().amount()).thenComparing(older);
    };
    return granted.stream().filter(Granted::validAtNow).sorted(rule).toList();
  }

  @Property(tries = 60)
  void prepaidCreditNeverGoesPastZeroAndChargesEqualTheCreditUsed(
      @ForAll @Size(max = 4) List<@IntRange(min = 1, max = 500) Integer> creditCents,
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 300) Integer> callSeconds) {
    RatingTestBed bed = new RatingTestBed();
    Line line = onboard(bed, PaymentType.PREPAID);
    BigDecimal credit = BigDecimal.ZERO;
    for (int cents : creditCents) {
      BigDecimal amount = BigDecimal.valueOf(cents, 2);
      bed.sdk.balances().create(NewBalance.credit(line.groupId(), "EUR", amount, BalanceValidity.infinite()));
      credit = credit.add(amount);
    }

    BigDecimal available = credit;
    BigDecimal charged = BigDecimal.ZERO;
    for (int i = 0; i < callSeconds.size(); i++) {
      int seconds = callSeconds.get(i);
      BigDecimal cost = new BigDecimal("0.90").multiply(BigDecimal.valueOf((seconds + 59) / 60));
      try {
        RatedEvent rated = bed.sdk.rating()
            .rate(voice("c-" + i, line.identifier(), Integer.toString(seconds), "INTERNATIONAL", "PEAK")).event();
        assertThat(money(rated.charge())).isEqualByComparingTo(cost);
        assertThat(cost).isLessThanOrEqualTo(available);
        available = available.subtract(cost);
        charged = charged.add(cost);
      } catch (InsufficientBalanceException e) {
        assertThat(cost).isGreaterThan(available);
      }
      List<Balance> balances = bed.balances(line);
      assertThat(balances).allMatch(b -> b.amount().signum() <= 0);
      assertThat(sum(balances, "EUR").negate()).isEqualByComparingTo(available);
    }
    assertThat(charged.add(available)).isEqualByComparingTo(credit);
  }

  @Property(tries = 40)
  void volumeTiersPriceTheCycleUsageWhateverItsSplitIntoEvents(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 9000) Integer> callSeconds) {
    RatingTestBed bed = new RatingTestBed();
    Line line = onboard(bed, PaymentType.POSTPAID);
    long minutes = 0;
    BigDecimal charged = BigDecimal.ZERO;
    for (int i = 0; i < callSeconds.size(); i++) {
      RatedEvent call = bed.sdk.rating().rate(
          voice("t-" + i, line.identifier(), callSeconds.get(i).toString(), "NATIONAL", "OFF_PEAK")).event();
      charged = charged.add(money(call.charge()));
      minutes += (callSeconds.get(i) + 59) / 60;
    }

    // the off-peak national rate: 0.0010 a second up to 36,000 seconds in the cycle, 0.0005 beyond
    long seconds = minutes * 60;
    BigDecimal expected = new BigDecimal("0.0010").multiply(BigDecimal.valueOf(Math.min(seconds, 36_000)))
        .add(new BigDecimal("0.0005").multiply(BigDecimal.valueOf(Math.max(0, seconds - 36_000))));
    assertThat(charged).isEqualByComparingTo(expected);
    assertThat(sum(bed.balances(line), "EUR")).isEqualByComparingTo(expected);
  }
}
