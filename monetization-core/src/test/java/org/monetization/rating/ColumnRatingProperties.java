package org.monetization.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.RatingTestBed.NOW;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.NewBalance;
import org.monetization.config.ConsumptionOrder;
import org.monetization.config.PaymentType;
import org.monetization.sharing.JoinRequest;
import org.monetization.sharing.NewSharingGroup;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingPolicy;
import org.monetization.sharing.SharingPriority;
import org.monetization.spi.RatedStreamRun;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.time.Validity;

/**
 * BAL-7, NFR-1: a run of {@link UsageColumns} rates exactly as the same events given one by one to
 * {@code rateAll}, up to the first event refused: the same stored events (under the run's ids),
 * the same balances to the unit and the cent, the same totals; so every money and unit rule proved of
 * {@code rateAll} (RatingProperties) holds of the column path too. Runs cross into the next billing cycle,
 * mix free-data grants (expired ones too) and prepaid credit, and cover both of the column path's ways:
 * fixed consumption orders on primitives, largest-first through the general path.
 */
class ColumnRatingProperties {
  private static final Instant ONBOARDED = NOW.minus(Duration.ofDays(1));
  private static final String STREAM = "probe-1";

  /**
   * A grant: the amount, its resource, and its end in days after now (0 for never, -1 already over, -2 the
   * current cycle's, whose exhausted balance is where rating then accumulates postpaid charges).
   */
  record Grant(int amount, boolean money, int endDays) {}

  /** One event: its quantity in tenths of the tariff's unit and its start in hours after now. */
  record Usage(int tenths, int hours) {}

  @Provide
  Arbitrary<List<Grant>> grants() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3000),
            Arbitraries.of(false, true),
            Arbitraries.integers().between(-2, 40))
        .as(Grant::new)
        .list()
        .ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Usage>> usages() {
    return Combinators.combine(Arbitraries.integers().between(0, 90_000), Arbitraries.integers().between(0, 800))
        .as(Usage::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(14);
  }

  @Property(tries = 60)
  void aRunRatesAsItsEventsOneByOneUpToTheFirstRefused(
      @ForAll("grants") List<Grant> grants,
      @ForAll("usages") List<Usage> usages,
      @ForAll PaymentType type,
      @ForAll ConsumptionOrder order,
      @ForAll boolean voice) {
    RatingTestBed columns = new RatingTestBed(order);
    RatingTestBed oneByOne = new RatingTestBed(order);
    Line line = prepare(columns, type, grants);
    prepare(oneByOne, type, grants);
    UsageColumns.Builder run = UsageColumns.builder(line.identifier(), voice ? "VOICE" : "DATA", STREAM)
        .firstSequence(1).quantityScale(1);
    fields(voice, line.identifier()).forEach(run::field);
    List<UsageEvent> events = new ArrayList<>();
    for (int i = 0; i < usages.size(); i++) {
      Instant at = NOW.plus(Duration.ofHours(usages.get(i).hours()));
      run.add(at, usages.get(i).tenths());
      events.add(new UsageEvent(id(line, voice, 1 + i), line.identifier(), voice ? "VOICE" : "DATA", at,
          BigDecimal.valueOf(usages.get(i).tenths(), 1), fields(voice, line.identifier()), null));
    }

    ColumnsResult result = columns.sdk.rating().rateColumns(run.build());

    BigDecimal quantity = BigDecimal.ZERO;
    BigDecimal charge = BigDecimal.ZERO;
    RatingResult refused = null;
    int rated = 0;
    for (UsageEvent event : events) {
      RatingResult one = oneByOne.sdk.rating().rateAll(List.of(event)).get(0);
      if (one.status() == RatingStatus.REJECTED) {
        refused = one;
        break;
      }
      rated++;
      quantity = quantity.add(one.event().ratedQuantity());
      charge = charge.add(one.event().charge().getNumber().numberValue(BigDecimal.class));
    }
    assertThat(result.rated()).isEqualTo(rated);
    assertThat(result.duplicates()).isZero();
    assertThat(result.position()).isEqualTo(rated);
    if (refused == null) {
      assertThat(result.refusal()).isNull();
    } else {
      assertThat(result.refusal()).isNotNull().hasSameClassAs(refused.failure());
    }
    assertThat(result.ratedQuantity()).isEqualByComparingTo(quantity);
    assertThat(result.charge().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo(charge);
    assertThat(columns.sdk.rating().events(everything(line)))
        .isEqualTo(asRun(oneByOne.sdk.rating().events(everything(line))));
    assertThat(columns.balances(line)).isEqualTo(oneByOne.balances(line));

    // the usage counters and stream position came out right too: a second run prices from the same cycle
    // usage, and a replay of the first is a duplicate
    ColumnsResult replay = columns.sdk.rating().rateColumns(run.build());
    assertThat(replay.duplicates()).isEqualTo(rated);
    assertThat(replay.rated()).isZero(); // what was rated is a duplicate, what was refused is refused again
    if (refused == null) {
      int ratedAgain = 0;
      for (int i = 0; i < events.size(); i++) {
        UsageEvent event = events.get(i);
        RatingResult one = oneByOne.sdk.rating().rateAll(List.of(new UsageEvent(id(line, voice, 1 + rated + i),
            event.serviceIdentifier(), event.serviceType(), event.startTime(), event.quantity(), event.fields(),
            null))).get(0);
        if (one.status() == RatingStatus.REJECTED) {
          break;
        }
        ratedAgain++;
      }
      ColumnsResult again = columns.sdk.rating().rateColumns(run.firstSequence(1 + rated).build());
      assertThat(again.duplicates()).isZero();
      assertThat(again.rated()).isEqualTo(ratedAgain);
    }
    assertThat(columns.sdk.rating().events(everything(line)))
        .isEqualTo(asRun(oneByOne.sdk.rating().events(everything(line))));
    assertThat(columns.balances(line)).isEqualTo(oneByOne.balances(line));
  }

  @Property(tries = 30)
  void aSharingMembersRunRatesAsItsEventsOneByOne(
      @ForAll("usages") List<Usage> usages,
      @ForAll @IntRange(min = 1, max = 2000) int ownerMegabytes,
      @ForAll @IntRange(min = 0, max = 1500) int cap,
      @ForAll SharingPriority priority,
      @ForAll PaymentType type) {
    RatingTestBed columns = new RatingTestBed();
    RatingTestBed oneByOne = new RatingTestBed();
    Line[] lines = new Line[2];
    List<SharingGroup> groups = new ArrayList<>();
    for (RatingTestBed bed : List.of(columns, oneByOne)) {
      Line member = prepare(bed, type, List.of(new Grant(300, false, 10)));
      Line owner = bed.onboard("Owner", "+33699000002", PaymentType.POSTPAID);
      bed.sdk.balances().create(NewBalance.credit(owner.groupId(), "DATA_MB", BigDecimal.valueOf(ownerMegabytes),
          BalanceValidity.infinite()));
      SharingPolicy policy = SharingPolicy.of(priority, "DATA_MB");
      SharingGroup group = bed.sdk.sharing().create(NewSharingGroup.of(owner.subscriptionId(), "Family",
          cap == 0 ? policy : policy.withCap("DATA_MB", BigDecimal.valueOf(cap))));
      bed.sdk.sharing().join(JoinRequest.of(group.id(), member.subscriptionId()));
      groups.add(group);
      lines[0] = member;
      lines[1] = owner;
    }
    Line member = lines[0];
    UsageColumns.Builder run = UsageColumns.builder(member.identifier(), "DATA", STREAM).quantityScale(1);
    fields(false, member.identifier()).forEach(run::field);
    for (Usage usage : usages) {
      run.add(NOW.plus(Duration.ofHours(usage.hours())), usage.tenths());
    }

    ColumnsResult result = columns.sdk.rating().rateColumns(run.build());

    int rated = 0;
    for (int i = 0; i < usages.size(); i++) {
      RatingResult one = oneByOne.sdk.rating().rateAll(List.of(new UsageEvent(id(member, false, 1 + i),
          member.identifier(), "DATA", NOW.plus(Duration.ofHours(usages.get(i).hours())),
          BigDecimal.valueOf(usages.get(i).tenths(), 1), fields(false, member.identifier()), null))).get(0);
      if (one.status() == RatingStatus.REJECTED) {
        break;
      }
      rated++;
    }
    assertThat(result.rated()).isEqualTo(rated);
    assertThat(columns.sdk.rating().events(everything(member)))
        .isEqualTo(asRun(oneByOne.sdk.rating().events(everything(member))));
    assertThat(columns.balances(member)).isEqualTo(oneByOne.balances(member));
    assertThat(columns.balances(lines[1])).isEqualTo(oneByOne.balances(lines[1]));
    assertThat(columns.sdk.sharing().usage(groups.get(0).id()))
        .isEqualTo(oneByOne.sdk.sharing().usage(groups.get(1).id()));
  }

  private static Line prepare(RatingTestBed bed, PaymentType type, List<Grant> grants) {
    bed.clock.set(ONBOARDED);
    Line line = bed.onboard("Columns", "+33699000001", type);
    for (Grant grant : grants) {
      BalanceValidity validity = switch (grant.endDays()) {
        case 0 -> BalanceValidity.infinite();
        case -1 -> BalanceValidity.until(NOW.minusSeconds(1));
        case -2 -> BalanceValidity.currentCycle();
        default -> BalanceValidity.until(NOW.plus(Duration.ofDays(grant.endDays())));
      };
      bed.sdk.balances().create(NewBalance.credit(line.groupId(), grant.money() ? "EUR" : "DATA_MB",
          grant.money() ? BigDecimal.valueOf(grant.amount(), 2) : BigDecimal.valueOf(grant.amount()), validity));
    }
    bed.clock.set(NOW);
    return line;
  }

  /**
   * The id the one-by-one oracle gives a run's event: the id the run stores it with, behind an {@code x}
   * (ids of the stream form are the column path's own, refused by {@code rateAll}).
   */
  private static String id(Line line, boolean voice, long sequence) {
    return "x" + RatedStreamRun.id(RatedStreamRun.key(line.identifier(), voice ? "VOICE" : "DATA", STREAM), sequence);
  }

  /** Returns the oracle's events under the ids the run gives them. */
  private static List<RatedEvent> asRun(List<RatedEvent> events) {
    return events.stream().map(e -> new RatedEvent(e.id().substring(1), e.serviceIdentifier(), e.serviceType(),
        e.sessionId(), e.subscriptionId(), e.groupId(), e.startTime(), e.createdAt(), e.quantity(),
        e.ratedQuantity(), e.fields(), e.impacts(), e.charge(), e.amount(), e.version())).toList();
  }

  private static Map<String, String> fields(boolean voice, String identifier) {
    return voice
        ? Map.of("startTime", NOW.toString(), "endTime", NOW.plusSeconds(60).toString(), "origin", identifier,
            "destination", "+33100000000", "zone", "NATIONAL", "period", "OFF_PEAK")
        : Map.of("startTime", NOW.toString(), "zone", "EU");
  }

  private static UsageQuery everything(Line line) {
    return UsageQuery.of(line.identifier(), Validity.from(Instant.EPOCH)).limit(10_000);
  }
}
