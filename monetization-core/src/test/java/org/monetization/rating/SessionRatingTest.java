package org.monetization.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CatalogFixtures.eur;
import static org.monetization.testing.RatingTestBed.voice;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.config.PaymentType;
import org.monetization.error.ValidationException;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;

/** BAL-7: a session reported in parts is rated once per part, with the rounding step applied once. */
class SessionRatingTest {
  private final RatingTestBed bed = new RatingTestBed();

  private static UsageEvent part(String id, Line line, String seconds, String session) {
    UsageEvent call = voice(id, line.identifier(), seconds, "INTERNATIONAL", "PEAK");
    return new UsageEvent(call.id(), call.serviceIdentifier(), call.serviceType(), call.startTime(),
        call.quantity(), call.fields(), session);
  }

  @Test
  void thePartsOfASessionCostWhatOneEventOfTheirTotalWould() {
    Line line = bed.onboard("Session", "+33691111111", PaymentType.POSTPAID);

    List<RatingResult> first = bed.sdk.rating().rateAll(List.of(part("s-1", line, "20", "call-1"),
        part("s-2", line, "20", "call-1")));
    RatedEvent third = bed.sdk.rating().rate(part("s-3", line, "30", "call-1")).event();
    RatedEvent alone = bed.sdk.rating().rate(voice("x-1", line.identifier(), "20", "INTERNATIONAL", "PEAK")).event();

    // 20 + 20 + 30 = 70 s, one started minute after another: 120 s in all, not 3 x 60 s
    assertThat(first).extracting(r -> r.event().ratedQuantity().intValueExact()).containsExactly(60, 0);
    assertThat(third.ratedQuantity()).isEqualByComparingTo("60");
    assertThat(third.sessionId()).isEqualTo("call-1");
    assertThat(first.get(1).event().charge()).isEqualTo(eur("0"));
    assertThat(third.charge()).isEqualTo(eur("0.90"));
    assertThat(alone.ratedQuantity()).isEqualByComparingTo("60");
  }

  @Test
  void aReplayedPartIsADuplicateAndDoesNotMoveTheSessionTotal() {
    Line line = bed.onboard("Replay", "+33691111112", PaymentType.POSTPAID);
    bed.sdk.rating().rate(part("r-1", line, "50", "call-2"));

    assertThat(bed.sdk.rating().rate(part("r-1", line, "50", "call-2")).status()).isEqualTo(RatingStatus.DUPLICATE);
    assertThat(bed.sdk.rating().rate(part("r-2", line, "5", "call-2")).event().ratedQuantity())
        .isEqualByComparingTo("0"); // 55 s: still the first started minute
  }

  @Test
  void aBlankSessionIdIsNamed() {
    Line line = bed.onboard("Blank", "+33691111113", PaymentType.POSTPAID);

    assertThatThrownBy(() -> bed.sdk.rating().rate(part("b-1", line, "5", " ")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasErrorOn("sessionId")).isTrue());
    assertThat(bed.events(line)).isEmpty();
  }
}
