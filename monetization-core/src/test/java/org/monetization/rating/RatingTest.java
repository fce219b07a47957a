package org.monetization.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CatalogFixtures.eur;
import static org.monetization.testing.RatingTestBed.APRIL;
import static org.monetization.testing.RatingTestBed.NOW;
import static org.monetization.testing.RatingTestBed.data;
import static org.monetization.testing.RatingTestBed.voice;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceEvent;
import org.monetization.balance.BalanceTotal;
import org.monetization.config.PaymentType;
import org.monetization.error.InsufficientBalanceException;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.time.Validity;

/** BAL-7: pricing, free units then money, prepaid refusal, postpaid accumulation, idempotency, batches. */
class RatingTest {
  private final RatingTestBed bed = new RatingTestBed();

  @Test
  void dataConsumesFreeUnitsFirstThenAccumulatesThePostpaidChargeOnTheCycleBalance() {
    Line line = bed.onboard("Post", "+33600000001", PaymentType.POSTPAID);
    Balance free = bed.credit(line.groupId(), "DATA_MB", "1000");

    RatedEvent first = bed.sdk.rating().rate(data("d-1", line.identifier(), "300.4")).event();
    RatedEvent second = bed.sdk.rating().rate(data("d-2", line.identifier(), "800")).event();

    assertThat(first.ratedQuantity()).isEqualByComparingTo("301");
    assertThat(first.charge()).isEqualTo(eur("0"));
    assertThat(first.impacts()).containsExactly(new BalanceImpact(free.id(), "DATA_MB", new BigDecimal("301")));
    assertThat(second.charge()).isEqualTo(eur("1.01"));
    assertThat(second.impacts()).hasSize(2);
    assertThat(second.impacts().get(0)).isEqualTo(new BalanceImpact(free.id(), "DATA_MB", new BigDecimal("699")));
    Balance charges = bed.balances(line).stream().filter(b -> b.resource().equals("EUR")).findFirst().orElseThrow();
    assertThat(charges.amount()).isEqualByComparingTo("1.01");
    assertThat(charges.validity()).isEqualTo(Validity.between(NOW, APRIL)); // the first cycle starts at onboarding
    assertThat(bed.sdk.balances().totals(line.groupId()))
        .containsExactly(new BalanceTotal("DATA_MB", new BigDecimal("0")), new BalanceTotal("EUR", new BigDecimal("1.0100")));
    assertThat(bed.listener.events()).filteredOn(BalanceEvent.Exhausted.class::isInstance).hasSize(1);
    assertThat(bed.listener.events()).filteredOn(RatingEvent.Rated.class::isInstance).hasSize(2);
  }

  @Test
  void voiceIsRoundedPerStartedMinuteAndPricedByTheMostSpecificRate() {
    Line line = bed.onboard("Voice", "+33600000002", PaymentType.POSTPAID);

    RatedEvent offPeak = bed.sdk.rating().rate(voice("v-1", line.identifier(), "61", "NATIONAL", "OFF_PEAK")).event();
    RatedEvent international = bed.sdk.rating().rate(voice("v-2", line.identifier(), "30", "INTERNATIONAL", "PEAK")).event();
    RatedEvent other = bed.sdk.rating().rate(voice("v-3", line.identifier(), "1", "NATIONAL", "PEAK")).event();

    assertThat(offPeak.ratedQuantity()).isEqualByComparingTo("120");
    assertThat(offPeak.charge()).isEqualTo(eur("0.12"));
    assertThat(international.charge()).isEqualTo(eur("0.90"));
    assertThat(other.charge()).isEqualTo(eur("0.12"));
  }

  @Test
  void volumeTiersPriceTheUnitsByTheCycleUsageSoFar() {
    Line line = bed.onboard("Tier", "+33600000003", PaymentType.POSTPAID);

    RatedEvent upToTheTier = bed.sdk.rating().rate(voice("t-1", line.identifier(), "35940", "NATIONAL", "OFF_PEAK")).event();
    RatedEvent across = bed.sdk.rating().rate(voice("t-2", line.identifier(), "120", "NATIONAL", "OFF_PEAK")).event();
    RatedEvent beyond = bed.sdk.rating().rate(voice("t-3", line.identifier(), "60", "NATIONAL", "OFF_PEAK")).event();

    assertThat(upToTheTier.charge()).isEqualTo(eur("35.94"));
    assertThat(across.charge()).isEqualTo(eur("0.09")); // 60 s at 0.0010, 60 s at 0.0005
    assertThat(beyond.charge()).isEqualTo(eur("0.03"));
  }

  @Test
  void aPrepaidChargeTheCreditCannotCoverIsRefusedWithNothingChanged() {
    Line line = bed.onboard("Pre", "+33600000004", PaymentType.PREPAID);
    bed.credit(line.groupId(), "EUR", "1.00");
    List<Balance> before = bed.balances(line);

    assertThatThrownBy(() -> bed.sdk.rating().rate(voice("p-1", line.identifier(), "600", "INTERNATIONAL", "PEAK")))
        .isInstanceOf(InsufficientBalanceException.class);

    assertThat(bed.balances(line)).isEqualTo(before);
    assertThat(bed.events(line)).isEmpty();
    assertThat(bed.listener.events()).isEmpty();

    RatedEvent covered = bed.sdk.rating().rate(voice("p-2", line.identifier(), "60", "INTERNATIONAL", "PEAK")).event();
    assertThat(covered.charge()).isEqualTo(eur("0.90"));
    assertThat(bed.sdk.balances().totals(line.groupId()))
        .containsExactly(new BalanceTotal("EUR", new BigDecimal("-0.1000")));
  }

  @Test
  void aPrepaidAccountWithoutCreditRatesFreeUsageButRefusesCharges() {
    Line line = bed.onboard("Zero", "+33600000005", PaymentType.PREPAID);
    bed.credit(line.groupId(), "DATA_MB", "10");

    assertThat(bed.sdk.rating().rate(data("z-1", line.identifier(), "10")).status()).isEqualTo(RatingStatus.RATED);
    assertThatThrownBy(() -> bed.sdk.rating().rate(data("z-2", line.identifier(), "1")))
        .isInstanceOf(InsufficientBalanceException.class);
  }

  @Test
  void aReplayedEventIsReportedAsADuplicateAndNeverChargedTwice() {
    Line line = bed.onboard("Dup", "+33600000006", PaymentType.POSTPAID);
    RatingResult first = bed.sdk.rating().rate(data("same", line.identifier(), "100"));
    List<Balance> after = bed.balances(line);
    bed.listener.clear();

    RatingResult replay = bed.sdk.rating().rate(data("same", line.identifier(), "100"));
    List<RatingResult> batch = bed.sdk.rating().rateAll(List.of(
        data("twice", line.identifier(), "1"), data("twice", line.identifier(), "1")));

    assertThat(replay.status()).isEqualTo(RatingStatus.DUPLICATE);
    assertThat(replay.event()).isEqualTo(first.event());
    assertThat(batch).extracting(RatingResult::status).containsExactly(RatingStatus.RATED, RatingStatus.DUPLICATE);
    assertThat(bed.events(line)).hasSize(2);
    assertThat(bed.sdk.balances().totals(line.groupId()))
        .containsExactly(new BalanceTotal("EUR", new BigDecimal("1.0100")));
    assertThat(after.get(0).amount()).isEqualByComparingTo("1.00");
  }

  @Test
  void aBadEventInABatchIsReportedInItsOwnResultAndTheOthersAreRated() {
    Line line = bed.onboard("Batch", "+33600000007", PaymentType.POSTPAID);

    List<RatingResult> results = bed.sdk.rating().rateAll(List.of(
        data("b-1", line.identifier(), "1"),
        data("b-2", "+33699999999", "1"),
        data("b-3", line.identifier(), "-1"),
        data("b-4", line.identifier(), "2")));

    assertThat(results).extracting(RatingResult::status)
        .containsExactly(RatingStatus.RATED, RatingStatus.REJECTED, RatingStatus.REJECTED, RatingStatus.RATED);
    assertThat(bed.events(line)).extracting(RatedEvent::id).containsExactly("b-1", "b-4");
    assertThat(bed.sdk.balances().totals(line.groupId()))
        .containsExactly(new BalanceTotal("EUR", new BigDecimal("0.0300")));
    assertThat(bed.listener.events()).filteredOn(RatingEvent.Rated.class::isInstance).hasSize(2);
  }

  @Test
  void aManuallyCreatedEventIsRatedAndARepeatedIdIsAConflict() {
    Line line = bed.onboard("Manual", "+33600000008", PaymentType.POSTPAID);

    RatedEvent created = bed.sdk.rating().create(data("manual-1", line.identifier(), "5"));

    assertThat(bed.sdk.rating().find("manual-1")).contains(created);
    assertThatThrownBy(() -> bed.sdk.rating().create(data("manual-1", line.identifier(), "5")))
        .isInstanceOf(org.monetization.error.ConflictException.class);
  }

  @Test
  void eventsAreListedByPeriodInStartTimeOrderAPageAtATime() {
    Line line = bed.onboard("List", "+33600000009", PaymentType.POSTPAID);
    for (int i = 0; i < 5; i++) {
      UsageEvent event = data("l-" + i, line.identifier(), "1");
      bed.sdk.rating().rate(new UsageEvent(event.id(), event.serviceIdentifier(), event.serviceType(),
          NOW.plusSeconds(60L * (5 - i)), event.quantity(), event.fields(), null));
    }

    UsageQuery query = UsageQuery.of(line.identifier(), Validity.between(NOW, NOW.plusSeconds(300))).limit(2);
    List<RatedEvent> first = bed.sdk.rating().events(query);
    List<RatedEvent> second = bed.sdk.rating().events(query.after(first.get(1)));
    List<RatedEvent> third = bed.sdk.rating().events(query.after(second.get(1)));

    assertThat(first).extracting(RatedEvent::id).containsExactly("l-4", "l-3");
    assertThat(second).extracting(RatedEvent::id).containsExactly("l-2", "l-1");
    assertThat(third).isEmpty(); // l-0 started at NOW + 300 s, outside the half-open period
  }
}
