package org.monetization.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.RatingTestBed.NOW;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceTotal;
import org.monetization.config.PaymentType;
import org.monetization.error.ConflictException;
import org.monetization.error.InsufficientBalanceException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.subscription.ServiceChange;
import org.monetization.subscription.ServiceStatus;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.time.Validity;

/**
 * BAL-6/7 with bad input: every refused event leaves the balances, the stored events and the event stream
 * exactly as they were.
 */
class RatingRejectionTest {
  private final RatingTestBed bed = new RatingTestBed();
  private Line line;

  @BeforeEach
  void onboard() {
    line = bed.onboard("Reject", "+33611111111", PaymentType.POSTPAID);
    bed.credit(line.groupId(), "DATA_MB", "100");
    bed.sdk.rating().rate(data("earlier", line.identifier(), "150"));
    bed.listener.clear();
  }

  private void assertRefusedWithNothingChanged(ThrowingCallable rating, Class<? extends Exception> failure) {
    List<Balance> balances = bed.balances(line);
    List<RatedEvent> events = bed.events(line);

    assertThatThrownBy(rating).isInstanceOf(failure);

    assertThat(bed.balances(line)).isEqualTo(balances);
    assertThat(bed.events(line)).isEqualTo(events);
    assertThat(bed.listener.events()).isEmpty();
  }

  private static UsageEvent withFields(UsageEvent event, Map<String, String> fields) {
    return new UsageEvent(event.id(), event.serviceIdentifier(), event.serviceType(), event.startTime(),
        event.quantity(), fields, null);
  }

  @Test
  void anUnknownServiceIdentifierIsNotFound() {
    assertRefusedWithNothingChanged(
        () -> bed.sdk.rating().rate(data("e-1", "+33600000000", "1")), NotFoundException.class);
  }

  @Test
  void aServiceTypeTheServiceDoesNotCarryIsNotFound() {
    UsageEvent event = data("e-1", line.identifier(), "1");
    assertRefusedWithNothingChanged(() -> bed.sdk.rating().rate(new UsageEvent(event.id(), event.serviceIdentifier(),
        "IPTV", event.startTime(), event.quantity(), event.fields(), null)), NotFoundException.class);
  }

  @Test
  void aMissingMandatoryOrRatingFieldIsNamed() {
    Map<String, String> fields = new HashMap<>(data("x", line.identifier(), "1").fields());
    fields.remove("startTime");
    fields.remove("zone");

    assertRefusedWithNothingChanged(
        () -> bed.sdk.rating().rate(withFields(data("e-1", line.identifier(), "1"), fields)), ValidationException.class);
    assertThatThrownBy(() -> bed.sdk.rating().rate(withFields(data("e-1", line.identifier(), "1"), fields)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.hasErrorOn("fields.startTime")).isTrue();
          assertThat(e.hasErrorOn("fields.zone")).isTrue();
        });
  }

  @Test
  void aWronglyTypedOrUnknownFieldIsNamed() {
    Map<String, String> fields = new HashMap<>(data("x", line.identifier(), "1").fields());
    fields.put("startTime", "yesterday");
    fields.put("colour", "blue");
    UsageEvent event = withFields(data("e-1", line.identifier(), "1"), fields);

    assertRefusedWithNothingChanged(() -> bed.sdk.rating().rate(event), ValidationException.class);
    assertThatThrownBy(() -> bed.sdk.rating().rate(event)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.hasErrorOn("fields.startTime")).isTrue();
      assertThat(e.hasErrorOn("fields.colour")).isTrue();
    });
  }

  @Test
  void aNegativeQuantityAndABlankIdAreNamedTogether() {
    UsageEvent event = data(" ", line.identifier(), "-5");

    assertRefusedWithNothingChanged(() -> bed.sdk.rating().rate(event), ValidationException.class);
    assertThatThrownBy(() -> bed.sdk.rating().rate(event)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.hasErrorOn("id")).isTrue();
      assertThat(e.hasErrorOn("quantity")).isTrue();
    });
  }

  @Test
  void valuesNoStoreCanKeepExactlyAreNamedTogether() {
    Map<String, String> fields = new HashMap<>(data("x", line.identifier(), "1").fields());
    fields.put("zone", "Z".repeat(UsageEvent.MAX_FIELD_VALUE_LENGTH + 1));
    UsageEvent event = withFields(new UsageEvent("i".repeat(UsageEvent.MAX_TEXT_LENGTH + 1), line.identifier(), "DATA",
        NOW, new BigDecimal("1.0000000000001"), Map.of(), null), fields);

    assertRefusedWithNothingChanged(() -> bed.sdk.rating().rate(event), ValidationException.class);
    assertThatThrownBy(() -> bed.sdk.rating().rate(event)).isInstanceOfSatisfying(ValidationException.class, e -> {
      assertThat(e.hasErrorOn("id")).isTrue();
      assertThat(e.hasErrorOn("quantity")).isTrue();
      assertThat(e.hasErrorOn("fields.zone")).isTrue();
    });
  }

  @Test
  void anEventOutsideTheServiceValidityIsRefused() {
    UsageEvent event = data("e-1", line.identifier(), "1");
    UsageEvent beforeOnboarding = new UsageEvent(event.id(), event.serviceIdentifier(), event.serviceType(),
        NOW.minusSeconds(86_400), event.quantity(), event.fields(), null);

    assertRefusedWithNothingChanged(() -> bed.sdk.rating().rate(beforeOnboarding), ConflictException.class);
  }

  @Test
  void anEventOfAnInactiveServiceIsRefusedByDefault() {
    bed.sdk.services().edit(line.identifier(), new ServiceChange(null, ServiceStatus.INACTIVE, null, null));
    bed.listener.clear();

    assertRefusedWithNothingChanged(
        () -> bed.sdk.rating().rate(data("e-1", line.identifier(), "1")), ConflictException.class);
  }

  @Test
  void anEventOfAClosedAccountIsRefused() {
    bed.sdk.customers().close(line.onboarded().customer().id());
    bed.listener.clear();

    assertRefusedWithNothingChanged(
        () -> bed.sdk.rating().rate(data("e-1", line.identifier(), "1")), ConflictException.class);
  }

  @Test
  void aDuplicateEventIdChangesNothing() {
    List<Balance> balances = bed.balances(line);

    RatingResult replay = bed.sdk.rating().rate(data("earlier", line.identifier(), "999"));

    assertThat(replay.status()).isEqualTo(RatingStatus.DUPLICATE);
    assertThat(replay.event().quantity()).isEqualByComparingTo("150");
    assertThat(bed.balances(line)).isEqualTo(balances);
    assertThat(bed.events(line)).hasSize(1);
    assertThat(bed.listener.events()).isEmpty();
  }

  @Test
  void aBatchRatesItsGoodEventsAndRefusesTheBadOnesWithoutATrace() {
    Line prepaid = bed.onboard("Prepaid", "+33655555555", PaymentType.PREPAID);
    bed.credit(prepaid.groupId(), "EUR", "1.00");
    Line inactive = bed.onboard("Inactive", "+33666666666", PaymentType.POSTPAID);
    bed.sdk.services().edit(inactive.identifier(), new ServiceChange(null, ServiceStatus.INACTIVE, null, null));
    bed.listener.clear();
    List<Balance> inactiveBalances = bed.balances(inactive);

    List<RatingResult> results = bed.sdk.rating().rateAll(List.of(
        data("b-1", prepaid.identifier(), "30"),      // 0.30 of the 1.00 credit
        data("b-2", prepaid.identifier(), "100"),     // 1.00: more than the 0.70 left
        data("b-3", inactive.identifier(), "10"),     // the service is INACTIVE (FORBIDDEN mode)
        data("b-4", prepaid.identifier(), "50"),      // 0.50, rated as if b-2 had never come
        data("b-5", "+33600000000", "1")));           // no such service

    assertThat(results).extracting(RatingResult::status).containsExactly(RatingStatus.RATED, RatingStatus.REJECTED,
        RatingStatus.REJECTED, RatingStatus.RATED, RatingStatus.REJECTED);
    assertThat(results.get(1).failure()).isInstanceOf(InsufficientBalanceException.class);
    assertThat(results.get(2).failure()).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ILLEGAL_STATE));
    assertThat(results.get(4).failure()).isInstanceOf(NotFoundException.class);
    assertThat(bed.sdk.balances().totals(prepaid.groupId()))
        .containsExactly(new BalanceTotal("EUR", new BigDecimal("-0.2000")));
    assertThat(bed.events(prepaid)).extracting(RatedEvent::id).containsExactly("b-1", "b-4");
    assertThat(bed.events(inactive)).isEmpty();
    assertThat(bed.balances(inactive)).isEqualTo(inactiveBalances);
    assertThat(bed.sdk.rating().find("b-2")).isEmpty();
    assertThat(bed.listener.events()).filteredOn(RatingEvent.Rated.class::isInstance).hasSize(2);
  }

  @Test
  void theInactiveModesRateWhatTheySay() {
    RatingTestBed lenient = new RatingTestBed(InactiveServiceMode.RATE_INACTIVE, null);
    Line suspended = lenient.onboard("Lenient", "+33622222222", PaymentType.POSTPAID);
    lenient.sdk.services().edit(suspended.identifier(), new ServiceChange(null, ServiceStatus.INACTIVE, null, null));
    RatingTestBed anything = new RatingTestBed(InactiveServiceMode.RATE_INACTIVE_AND_CLOSED, null);
    Line closed = anything.onboard("Anything", "+33633333333", PaymentType.POSTPAID);
    anything.sdk.customers().close(closed.onboarded().customer().id());
    Line closedToo = lenient.onboard("Closed", "+33644444444", PaymentType.POSTPAID);
    lenient.sdk.customers().close(closedToo.onboarded().customer().id());

    assertThat(lenient.sdk.rating().rate(data("i-1", suspended.identifier(), "1")).status())
        .isEqualTo(RatingStatus.RATED);
    assertThat(anything.sdk.rating().rate(data("i-2", closed.identifier(), "1")).status())
        .isEqualTo(RatingStatus.RATED);
    assertThatThrownBy(() -> lenient.sdk.rating().rate(data("i-3", closedToo.identifier(), "1")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aServiceWhoseValidityEndedIsRefused() {
    bed.sdk.services().edit(line.identifier(),
        new ServiceChange(Validity.between(NOW.minusSeconds(3600), NOW), null, null, null));
    bed.listener.clear();

    assertRefusedWithNothingChanged(
        () -> bed.sdk.rating().rate(data("e-1", line.identifier(), "1")), ConflictException.class);
  }

  @Test
  void aQuantityTooLargeForExactArithmeticIsRefused() {
    assertRefusedWithNothingChanged(
        () -> bed.sdk.rating().rate(data("e-1", line.identifier(), new BigDecimal("1e30").toPlainString())),
        ValidationException.class);
  }
}
