package org.monetization.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CatalogFixtures.eur;
import static org.monetization.testing.RatingTestBed.APRIL;
import static org.monetization.testing.RatingTestBed.MARCH;
import static org.monetization.testing.RatingTestBed.NOW;
import static org.monetization.testing.RatingTestBed.data;
import static org.monetization.testing.RatingTestBed.voice;

import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.monetization.balance.Adjustment;
import org.monetization.balance.BalanceEvent;
import org.monetization.balance.BalanceTotal;
import org.monetization.config.PaymentType;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.spi.TaxResult;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.time.Validity;

/** BAL-6: the CSV export of rated events and the adjustment of an event's amount. */
class UsageEventsTest {
  private final RatingTestBed bed = new RatingTestBed(InactiveServiceMode.FORBIDDEN, request -> new TaxResult(
      request.amount().multiply(new BigDecimal("0.2")), "TEST-VAT", "4457"));

  @Test
  void theExportWritesOneCrlfLinePerEventWithAHeaderAndInertText() {
    Line line = bed.onboard("Export", "+33677777777", PaymentType.POSTPAID);
    bed.sdk.rating().rate(voice("=cmd", line.identifier(), "61", "NATIONAL", "OFF_PEAK"));
    bed.sdk.rating().rate(data("d-1", line.identifier(), "2.5"));
    StringWriter out = new StringWriter();

    long written = bed.sdk.rating().exportCsv(UsageQuery.of(line.identifier(), Validity.between(MARCH, APRIL)), out);

    assertThat(written).isEqualTo(2);
    String[] lines = out.toString().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo(
        "id,serviceIdentifier,serviceType,sessionId,startTime,createdAt,quantity,ratedQuantity,charge,amount,currency,fields");
    // a leading + or = would make a spreadsheet read a formula: such text starts with an apostrophe
    assertThat(lines[1]).isEqualTo("'=cmd,'+33677777777,VOICE,,2026-03-10T09:00:00Z,2026-03-10T09:00:00Z,61,120,0.12,"
        + "0.12,EUR,destination=+33100000000;endTime=2026-03-10T09:01:01Z;origin=+33677777777;period=OFF_PEAK;"
        + "startTime=2026-03-10T09:00:00Z;zone=NATIONAL");
    assertThat(lines[2]).startsWith("d-1,'+33677777777,DATA,,").contains(",2.5,3,0.03,0.03,EUR,");
  }

  @Test
  void theExportPagesThroughMoreEventsThanOnePage() {
    Line line = bed.onboard("Many", "+33677777778", PaymentType.POSTPAID);
    java.util.List<UsageEvent> events = new java.util.ArrayList<>();
    for (int i = 0; i < UsageQuery.MAX_LIMIT + 5; i++) {
      events.add(data("m-" + i, line.identifier(), "1"));
    }
    bed.sdk.rating().rateAll(events);

    long written = bed.sdk.rating().exportCsv(
        UsageQuery.of(line.identifier(), Validity.between(MARCH, APRIL)), new StringWriter());

    assertThat(written).isEqualTo(UsageQuery.MAX_LIMIT + 5);
  }

  @Test
  void anAdjustedEventLandsWithItsTaxOnTheCurrentCycleBalanceAndInTheLedger() {
    Line line = bed.onboard("Adjusted", "+33677777779", PaymentType.POSTPAID);
    bed.sdk.rating().rate(data("a-1", line.identifier(), "100"));
    bed.listener.clear();

    RatedEvent adjusted = bed.sdk.rating().adjust(new EventAdjustment("a-1", eur("-0.50"), "Refund", true));

    assertThat(adjusted.charge()).isEqualTo(eur("1.00"));
    assertThat(adjusted.amount()).isEqualTo(eur("0.50"));
    assertThat(bed.sdk.rating().find("a-1")).contains(adjusted);
    assertThat(bed.sdk.balances().totals(line.groupId()))
        .containsExactly(new BalanceTotal("EUR", new BigDecimal("0.4000"))); // 1.00 - 0.50 - 0.10 tax
    Adjustment entry = bed.sdk.balances().adjustments(line.groupId()).get(0);
    assertThat(entry.eventId()).isEqualTo("a-1");
    assertThat(entry.tax()).isEqualTo(new BigDecimal("-0.1000"));
    assertThat(bed.listener.events()).hasSize(2).anyMatch(BalanceEvent.Adjusted.class::isInstance)
        .anyMatch(RatingEvent.Adjusted.class::isInstance);
  }

  @Test
  void aBadEventAdjustmentNamesEveryFieldAndChangesNothing() {
    Line line = bed.onboard("BadAdjusted", "+33677777780", PaymentType.POSTPAID);
    RatedEvent rated = bed.sdk.rating().rate(data("b-1", line.identifier(), "100")).event();
    bed.listener.clear();

    assertThatThrownBy(() -> bed.sdk.rating().adjust(new EventAdjustment("b-1",
        org.javamoney.moneta.Money.of(new BigDecimal("1"), "USD"), " ", false)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.hasErrorOn("amount")).isTrue();
          assertThat(e.hasErrorOn("billItem")).isTrue();
        });
    assertThatThrownBy(() -> bed.sdk.rating().adjust(new EventAdjustment("nope", eur("1"), "x", false)))
        .isInstanceOf(NotFoundException.class);

    assertThat(bed.sdk.rating().find("b-1")).contains(rated);
    assertThat(bed.sdk.balances().adjustments(line.groupId())).isEmpty();
    assertThat(bed.listener.events()).isEmpty();
    assertThat(NOW).isBefore(APRIL);
  }
}
