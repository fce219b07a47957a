package org.monetization.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CatalogFixtures.eur;
import static org.monetization.testing.RatingTestBed.NOW;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceTotal;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.NewBalance;
import org.monetization.config.PaymentType;
import org.monetization.error.ConflictException;
import org.monetization.error.InsufficientBalanceException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.sharing.JoinRequest;
import org.monetization.sharing.NewSharingGroup;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingPolicy;
import org.monetization.sharing.SharingPriority;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;

/**
 * BAL-6, BAL-7: runs of usage in columns; stream positions for idempotency (a replay is a duplicate, a gap
 * is refused), the prefix rule (applied up to the first event refused), input checked before anything
 * changes, the rated events stored and listed like any other.
 */
class ColumnRatingTest {
  private final RatingTestBed bed = new RatingTestBed();

  /** A data run of the line: one event per quantity in MB, a second apart from now. */
  private static UsageColumns data(Line line, String stream, long firstSequence, long... megabytes) {
    UsageColumns.Builder run = UsageColumns.builder(line.identifier(), "DATA", stream).firstSequence(firstSequence)
        .field("startTime", NOW.toString()).field("zone", "EU");
    for (int i = 0; i < megabytes.length; i++) {
      run.add(NOW.plusSeconds(i), megabytes[i]);
    }
    return run.build();
  }

  private BigDecimal total(Line line, String resource) {
    return bed.sdk.balances().totals(line.groupId()).stream().filter(t -> t.resource().equals(resource))
        .map(BalanceTotal::amount).findFirst().orElse(BigDecimal.ZERO);
  }

  @Test
  void aRunDrawsFreeUnitsThenChargesAndStoresEachEventUnderItsStreamAndSequence() {
    Line line = bed.onboard("Run", "+33600000001", PaymentType.POSTPAID);
    Balance free = bed.credit(line.groupId(), "DATA_MB", "100");

    ColumnsResult result = bed.sdk.rating().rateColumns(data(line, "pgw-1", 1, 60, 60, 30));

    assertThat(result).isEqualTo(new ColumnsResult("pgw-1", 3, 0, 3, 3, new BigDecimal("150"), eur("0.50"), null));
    assertThat(total(line, "DATA_MB")).isEqualByComparingTo("0");
    assertThat(total(line, "EUR")).isEqualByComparingTo("0.50");
    RatedEvent second = bed.sdk.rating().find("+33600000001/DATA/pgw-1#2").orElseThrow();
    assertThat(second.impacts()).hasSize(2);
    assertThat(second.impacts().get(0)).isEqualTo(new BalanceImpact(free.id(), "DATA_MB", new BigDecimal("40")));
    assertThat(second.charge()).isEqualTo(eur("0.20"));
    assertThat(second.startTime()).isEqualTo(NOW.plusSeconds(1));
    assertThat(second.fields()).containsEntry("zone", "EU");
    assertThat(bed.events(line)).extracting(RatedEvent::id)
        .containsExactly("+33600000001/DATA/pgw-1#1", "+33600000001/DATA/pgw-1#2", "+33600000001/DATA/pgw-1#3");
    assertThat(bed.listener.events()).filteredOn(RatingEvent.StreamRated.class::isInstance).singleElement()
        .isEqualTo(new RatingEvent.StreamRated("pgw-1", 1, 3, line.identifier(), line.groupId(), eur("0.50"), NOW));
    assertThat(bed.listener.events()).filteredOn(RatingEvent.Rated.class::isInstance).isEmpty();
  }

  @Test
  void aReplayIsADuplicateAndAnOverlappingRunRatesOnlyWhatFollowsThePosition() {
    Line line = bed.onboard("Replay", "+33600000002", PaymentType.POSTPAID);
    bed.sdk.rating().rateColumns(data(line, "pgw-1", 1, 10, 10, 10));
    List<Balance> before = bed.balances(line);

    ColumnsResult replay = bed.sdk.rating().rateColumns(data(line, "pgw-1", 1, 10, 10, 10));
    assertThat(replay.duplicates()).isEqualTo(3);
    assertThat(replay.rated()).isZero();
    assertThat(replay.position()).isEqualTo(3);
    assertThat(replay.charge()).isEqualTo(eur("0"));
    assertThat(bed.balances(line)).isEqualTo(before);

    ColumnsResult overlap = bed.sdk.rating().rateColumns(data(line, "pgw-1", 2, 10, 10, 10, 10));
    assertThat(overlap.duplicates()).isEqualTo(2);
    assertThat(overlap.rated()).isEqualTo(2);
    assertThat(overlap.position()).isEqualTo(5);
    assertThat(total(line, "EUR")).isEqualByComparingTo("0.50");
    assertThat(bed.events(line)).hasSize(5);

    // another stream of the same service keeps its own position
    assertThat(bed.sdk.rating().rateColumns(data(line, "pgw-2", 1, 10)).rated()).isEqualTo(1);
  }

  @Test
  void aRunThatLeavesAGapIsRefusedWithNothingChanged() {
    Line line = bed.onboard("Gap", "+33600000003", PaymentType.POSTPAID);
    bed.sdk.rating().rateColumns(data(line, "pgw-1", 1, 10, 10));
    List<Balance> before = bed.balances(line);

    assertThatThrownBy(() -> bed.sdk.rating().rateColumns(data(line, "pgw-1", 4, 10)))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.reason()).isEqualTo(ConflictException.Reason.ILLEGAL_STATE);
          assertThat(e).hasMessageContaining("at or before 3");
        });
    assertThatThrownBy(() -> bed.sdk.rating().rateColumns(data(line, "new-stream", 2, 10)))
        .isInstanceOf(ConflictException.class); // a new stream starts at 1
    assertThat(bed.balances(line)).isEqualTo(before);
    assertThat(bed.events(line)).hasSize(2);
    assertThat(bed.sdk.rating().rateColumns(data(line, "pgw-1", 3, 10)).position()).isEqualTo(3);
  }

  @Test
  void badInputIsRefusedNamingEveryBadFieldWithNothingChanged() {
    Line line = bed.onboard("Bad", "+33600000004", PaymentType.POSTPAID);
    bed.credit(line.groupId(), "DATA_MB", "100");
    List<Balance> before = bed.balances(line);
    UsageColumns bad = UsageColumns.of(line.identifier(), "DATA", " ", 0, Map.of("zone", "EU"), 13,
        new long[] {NOW.toEpochMilli(), NOW.toEpochMilli(), Long.MAX_VALUE}, new long[] {5, -1, -7});

    assertThatThrownBy(() -> bed.sdk.rating().rateColumns(bad))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(error -> error.field())
            .contains("stream", "firstSequence", "quantityScale", "quantities[1]", "quantities[2]", "startTimes[2]",
                "fields.startTime")
            .doesNotContain("quantities[0]", "startTimes[0]"));
    long[] times = new long[30];
    Arrays.fill(times, NOW.toEpochMilli());
    long[] negatives = new long[30];
    Arrays.fill(negatives, -1);
    UsageColumns manyBad = UsageColumns.of(line.identifier(), "DATA", "s", 1, Map.of("startTime",
        NOW.toString(), "zone", "EU"), 0, times, negatives);
    assertThatThrownBy(() -> bed.sdk.rating().rateColumns(manyBad))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(error -> error.field() + ": " + error.message())
            .hasSize(21)
            .contains("quantities[19]: must not be negative", "quantities: 10 more negative quantities")
            .doesNotContain("quantities[20]: must not be negative"));
    UsageColumns longStream = UsageColumns.builder(line.identifier(), "DATA", "p".repeat(230))
        .field("startTime", NOW.toString()).field("zone", "EU").add(NOW, 1).build();
    assertThatThrownBy(() -> bed.sdk.rating().rateColumns(longStream))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasErrorOn("stream")).isTrue());
    UsageColumns empty = UsageColumns.builder(line.identifier(), "DATA", "s").field("startTime", NOW.toString())
        .field("zone", "EU").build();
    assertThatThrownBy(() -> bed.sdk.rating().rateColumns(empty))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasErrorOn("size")).isTrue());
    UsageColumns wronglyTyped = UsageColumns.builder(line.identifier(), "DATA", "s")
        .field("startTime", "yesterday").field("zone", "EU").add(NOW, 1).build();
    assertThatThrownBy(() -> bed.sdk.rating().rateColumns(wronglyTyped))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasErrorOn("fields.startTime")).isTrue());
    UsageColumns unknown = UsageColumns.builder("+33999999999", "DATA", "s").field("startTime", NOW.toString())
        .field("zone", "EU").add(NOW, 1).build();
    assertThatThrownBy(() -> bed.sdk.rating().rateColumns(unknown)).isInstanceOf(NotFoundException.class);

    assertThat(bed.balances(line)).isEqualTo(before);
    assertThat(bed.events(line)).isEmpty();
    assertThat(bed.sdk.rating().rateColumns(data(line, "s", 1, 1)).position()).isEqualTo(1); // no position moved
  }

  @Test
  void aPrepaidRunStopsAtTheFirstEventTheCreditCannotCoverAndResumesAfterATopUp() {
    Line line = bed.onboard("Prepaid", "+33600000005", PaymentType.PREPAID);
    bed.credit(line.groupId(), "EUR", "0.25");

    ColumnsResult result = bed.sdk.rating().rateColumns(data(line, "pgw-1", 1, 10, 10, 10, 1));

    assertThat(result.rated()).isEqualTo(2);
    assertThat(result.refused()).isEqualTo(2); // the fourth would fit, but a run is applied as a prefix
    assertThat(result.position()).isEqualTo(2);
    assertThat(result.refusal()).isInstanceOf(InsufficientBalanceException.class).hasMessageContaining("pgw-1#3");
    assertThat(total(line, "EUR")).isEqualByComparingTo("-0.05");

    bed.credit(line.groupId(), "EUR", "1.00");
    ColumnsResult resent = bed.sdk.rating().rateColumns(data(line, "pgw-1", 1, 10, 10, 10, 1));
    assertThat(resent.duplicates()).isEqualTo(2);
    assertThat(resent.rated()).isEqualTo(2);
    assertThat(resent.refusal()).isNull();
    assertThat(total(line, "EUR")).isEqualByComparingTo("-0.94");
  }

  @Test
  void eventsOfAClosedAccountOrOutsideTheServicesValidityAreRefused() {
    Line line = bed.onboard("Closed", "+33600000006", PaymentType.POSTPAID);
    UsageColumns beforeOnboarding = UsageColumns.builder(line.identifier(), "DATA", "pgw-1")
        .field("startTime", NOW.toString()).field("zone", "EU")
        .add(NOW, 1).add(Instant.parse("2020-01-01T00:00:00Z"), 1).add(NOW, 1).build();

    ColumnsResult early = bed.sdk.rating().rateColumns(beforeOnboarding);
    assertThat(early.rated()).isEqualTo(1);
    assertThat(early.refusal()).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ILLEGAL_STATE));

    bed.sdk.customers().close(line.onboarded().customer().id());
    ColumnsResult closed = bed.sdk.rating().rateColumns(data(line, "pgw-1", 2, 1, 1));
    assertThat(closed.rated()).isZero();
    assertThat(closed.position()).isEqualTo(1);
    assertThat(closed.refusal()).isInstanceOf(ConflictException.class).hasMessageContaining("closed");
    assertThat(bed.events(line)).hasSize(1);
  }

  @Test
  void aSharingMembersRunDrawsTheOwnersBalancesWithinTheCap() {
    Line owner = bed.onboard("Owner", "+33600000007", PaymentType.POSTPAID);
    Line child = bed.onboard("Child", "+33600000008", PaymentType.POSTPAID);
    bed.sdk.balances().create(NewBalance.credit(owner.groupId(), "DATA_MB", new BigDecimal("1000"),
        BalanceValidity.infinite()));
    SharingGroup group = bed.sdk.sharing().create(NewSharingGroup.of(owner.subscriptionId(), "Family",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB").withCap("DATA_MB", new BigDecimal("150"))));
    bed.sdk.sharing().join(JoinRequest.of(group.id(), child.subscriptionId()));

    ColumnsResult result = bed.sdk.rating().rateColumns(data(child, "pgw-1", 1, 100, 100));

    assertThat(result.rated()).isEqualTo(2);
    assertThat(result.charge()).isEqualTo(eur("0.50")); // 150 MB shared, 50 MB at 0.01
    assertThat(total(owner, "DATA_MB")).isEqualByComparingTo("-850");
    assertThat(total(child, "EUR")).isEqualByComparingTo("0.50");
  }

  @Test
  void streamsAreTheServicesOwnSoTwoServiceTypesOfALineNumberTheirsApart() {
    Line line = bed.onboard("Two", "+33600000009", PaymentType.POSTPAID);
    UsageColumns calls = UsageColumns.builder(line.identifier(), "VOICE", "pgw-1")
        .field("startTime", NOW.toString()).field("endTime", NOW.plusSeconds(60).toString())
        .field("origin", line.identifier()).field("destination", "+33100000000")
        .field("zone", "NATIONAL").field("period", "OFF_PEAK").add(NOW, 60).add(NOW.plusSeconds(90), 60).build();

    assertThat(bed.sdk.rating().rateColumns(data(line, "pgw-1", 1, 10, 10, 10)).position()).isEqualTo(3);
    ColumnsResult voice = bed.sdk.rating().rateColumns(calls);

    assertThat(voice.duplicates()).isZero();
    assertThat(voice.rated()).isEqualTo(2);
    assertThat(bed.sdk.rating().find("+33600000009/VOICE/pgw-1#2")).isPresent();
    assertThat(bed.sdk.rating().find("+33600000009/DATA/pgw-1#3")).isPresent();
  }

  @Test
  void anEventWhoseChargeWouldOverflowTheRunsTotalIsRefusedWithNothingOfItApplied() {
    Line line = bed.onboard("Huge", "+33600000010", PaymentType.POSTPAID);
    bed.sdk.balances().create(NewBalance.credit(line.groupId(), "EUR", new BigDecimal("600000000000000"),
        BalanceValidity.infinite()));
    long megabytes = 60_000_000_000_000_000L; // 6E16 MB at 0.01 EUR: 6E14 EUR, 6E18 at the money scale of 4
    List<Balance> before = bed.balances(line);

    ColumnsResult result = bed.sdk.rating().rateColumns(data(line, "pgw-1", 1, megabytes, megabytes));

    assertThat(result.rated()).isEqualTo(1); // the second alone fits, but not the run's total charge
    assertThat(result.refusal()).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.hasErrorOn("quantities[1]")).isTrue());
    assertThat(total(line, "EUR")).isEqualByComparingTo("0"); // the first drew the whole credit, nothing more
    assertThat(bed.balances(line)).hasSameSizeAs(before); // no charge balance was opened for the second
    assertThat(bed.events(line)).hasSize(1);

    ColumnsResult rest = bed.sdk.rating().rateColumns(data(line, "pgw-1", 2, megabytes));
    assertThat(rest.rated()).isEqualTo(1);
    assertThat(total(line, "EUR")).isEqualByComparingTo("600000000000000");
  }

  @Test
  void anEventRatedOneByOneCannotTakeTheIdOfAStreamsEventButAReplayOfOneIsADuplicate() {
    Line line = bed.onboard("Ids", "+33600000011", PaymentType.POSTPAID);
    bed.sdk.rating().rateColumns(data(line, "pgw-1", 1, 10));

    RatingResult taken = bed.sdk.rating().rateAll(List.of(
        RatingTestBed.data("+33600000011/DATA/pgw-1#2", line.identifier(), "10"))).get(0);
    RatingResult replay = bed.sdk.rating().rateAll(List.of(
        RatingTestBed.data("+33600000011/DATA/pgw-1#1", line.identifier(), "10"))).get(0);

    assertThat(taken.status()).isEqualTo(RatingStatus.REJECTED);
    assertThat(taken.failure()).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.hasErrorOn("id")).isTrue());
    RatingResult takenAndNegative = bed.sdk.rating().rateAll(List.of(
        RatingTestBed.data("+33600000011/DATA/pgw-1#3", line.identifier(), "-1"))).get(0);
    assertThat(takenAndNegative.failure()).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors()).extracting(error -> error.field()).contains("id", "quantity"));
    assertThat(replay.status()).isEqualTo(RatingStatus.DUPLICATE);
    assertThat(bed.sdk.rating().rateColumns(data(line, "pgw-1", 2, 10)).rated()).isEqualTo(1);
    assertThat(bed.sdk.rating().rate(RatingTestBed.data("cdr#2", line.identifier(), "1")).status())
        .isEqualTo(RatingStatus.RATED); // other ids with a '#' are anyone's
  }

  @Test
  void volumeTiersPriceEachRunFromTheCyclesUsageSoFar() {
    Line line = bed.onboard("Tiers", "+33600000012", PaymentType.POSTPAID);
    List<ColumnsResult> results = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      UsageColumns.Builder calls = UsageColumns.builder(line.identifier(), "VOICE", "msc-1").firstSequence(1 + r * 5)
          .field("startTime", NOW.toString()).field("endTime", NOW.plusSeconds(60).toString())
          .field("origin", line.identifier()).field("destination", "+33100000000")
          .field("zone", "NATIONAL").field("period", "OFF_PEAK");
      for (int i = 0; i < 5; i++) {
        calls.add(NOW.plusSeconds(i), 9000);
      }
      results.add(bed.sdk.rating().rateColumns(calls.build()));
    }

    // 36,000 s at 0.0010 then 9,000 at 0.0005; the second run starts past the tier: 45,000 s at 0.0005
    assertThat(results).extracting(ColumnsResult::charge).containsExactly(eur("40.50"), eur("22.50"));
  }
}
