package org.monetization.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceAdjustment;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceTotal;
import org.monetization.config.PaymentType;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldError;
import org.monetization.error.MonetizationException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.rating.RatingStatus;
import org.monetization.testing.FaultyStore;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.testing.RecordingChannel;

/** Credit profiles and their notifications through the public API, on the in-memory store. */
class NotificationsTest {
  private final RecordingChannel ops = new RecordingChannel("ops");
  private final RecordingChannel sms = new RecordingChannel("sms");
  private final FaultyStore store = new FaultyStore();
  private final RatingTestBed bed =
      new RatingTestBed(builder -> builder.store(store).notificationChannel(ops).notificationChannel(sms));
  private Line line;

  @BeforeEach
  void onboardWithData() {
    line = bed.onboard("Martin", "+33600000001", PaymentType.POSTPAID);
    bed.credit(line.groupId(), "DATA_MB", "1000");
  }

  private Notifications notifications() {
    return bed.sdk.notifications();
  }

  private CreditProfile watch(List<String> channels, Threshold... thresholds) {
    return notifications().defineCreditProfile(new CreditProfile(line.groupId(), List.of(thresholds), channels));
  }

  private BigDecimal availableData() {
    return bed.sdk.balances().totals(line.groupId()).stream().filter(t -> t.resource().equals("DATA_MB"))
        .map(BalanceTotal::amount).findFirst().orElse(BigDecimal.ZERO).negate();
  }

  @Test
  void aBatchCrossingAThresholdRecordsOneNotificationAndSendsItOncePerChannel() {
    watch(List.of("ops", "sms"), Threshold.percentOf("DATA_MB", new BigDecimal("20"), new BigDecimal("1000")));

    var results = bed.sdk.rating().rateAll(List.of(
        data("d1", line.identifier(), "500"), data("d2", line.identifier(), "350"), data("d3", line.identifier(), "20")));

    assertThat(results).allMatch(r -> r.status() == RatingStatus.RATED);
    List<Notification> recorded = notifications().notifications(line.groupId());
    assertThat(recorded).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo(NotificationType.THRESHOLD_REACHED);
      assertThat(n.resource()).isEqualTo("DATA_MB");
      assertThat(n.level()).isEqualByComparingTo("200");
      assertThat(n.value()).isEqualByComparingTo("130");
      assertThat(n.occurredAt()).isEqualTo(RatingTestBed.NOW);
      assertThat(n.channels()).containsExactly("ops", "sms");
    });
    assertThat(ops.sent()).singleElement().satisfies(m -> {
      assertThat(m.notification()).isEqualTo(recorded.get(0));
      assertThat(m.customerId()).isEqualTo(line.onboarded().customer().id());
      assertThat(m.channel()).isEqualTo("ops");
    });
    assertThat(sms.sent()).hasSize(1);
    assertThat(notifications().deliveries(recorded.get(0).id()))
        .extracting(NotificationDelivery::channel, NotificationDelivery::status, NotificationDelivery::attempts)
        .containsExactly(tuple("ops", NotificationDelivery.Status.SENT, 1),
            tuple("sms", NotificationDelivery.Status.SENT, 1));
    assertThat(bed.listener.events()).filteredOn(NotificationEvent.Recorded.class::isInstance).hasSize(1);
  }

  @Test
  void aThresholdFiresAgainOnlyAfterATopUpTookTheBalanceBackAboveIt() {
    watch(List.of("ops"), Threshold.amount("DATA_MB", new BigDecimal("300")), Threshold.amount("DATA_MB", BigDecimal.ZERO));

    bed.sdk.rating().rate(data("d1", line.identifier(), "800"));
    bed.sdk.rating().rate(data("d2", line.identifier(), "50"));
    bed.credit(line.groupId(), "DATA_MB", "100"); // 250: still at or below 300, not re-armed
    bed.sdk.rating().rate(data("d3", line.identifier(), "10"));
    bed.credit(line.groupId(), "DATA_MB", "500"); // 740: re-armed
    bed.sdk.rating().rate(data("d4", line.identifier(), "1000")); // 740 -> 0: both thresholds at once

    assertThat(notifications().notifications(line.groupId()))
        .extracting(n -> n.level().toPlainString(), n -> n.type().name())
        .containsExactly(
            tuple("300", "THRESHOLD_REACHED"),
            tuple("300", "THRESHOLD_REACHED"),
            tuple("0", "EXHAUSTED"));
    assertThat(ops.sent()).hasSize(3);
    assertThat(availableData()).isEqualByComparingTo("0");
  }

  @Test
  void manualAdjustmentsAreWatchedToo() {
    watch(List.of("ops"), Threshold.amount("DATA_MB", new BigDecimal("500")));
    var balance = bed.balances(line).get(0);

    bed.sdk.balances().adjust(new BalanceAdjustment(line.groupId(), balance.id(), new BigDecimal("600"), "Fix", false));

    assertThat(notifications().notifications(line.groupId())).singleElement()
        .satisfies(n -> assertThat(n.value()).isEqualByComparingTo("400"));
    assertThat(ops.sent()).hasSize(1);
  }

  @Test
  void aBatchThatFailsAfterSavingBalancesRecordsAndSendsNothing() {
    watch(List.of("ops"), Threshold.amount("DATA_MB", new BigDecimal("500")));
    store.failNextInsert(new MonetizationException("storage failure: disk full"));

    assertThatThrownBy(() -> bed.sdk.rating().rate(data("d1", line.identifier(), "900")))
        .isInstanceOf(MonetizationException.class).hasMessageContaining("disk full");

    assertThat(notifications().notifications(line.groupId())).isEmpty();
    assertThat(ops.sent()).isEmpty();
    assertThat(availableData()).isEqualByComparingTo("1000");
  }

  @Test
  void aBatchRetriedAfterALostRaceRecordsAndSendsOnce() {
    watch(List.of("ops"), Threshold.amount("DATA_MB", new BigDecimal("500")));
    store.failNextInsert(new ConflictException(ConflictException.Reason.CONCURRENT_UPDATE, "lost the race"));

    bed.sdk.rating().rate(data("d1", line.identifier(), "900"));

    assertThat(notifications().notifications(line.groupId())).hasSize(1);
    assertThat(ops.sent()).hasSize(1);
    assertThat(availableData()).isEqualByComparingTo("100");
  }

  @Test
  void aRefusedPrepaidEventRecordsAndSendsNothing() {
    Line prepaid = bed.onboard("Prepaid", "+33600000002", PaymentType.PREPAID);
    bed.credit(prepaid.groupId(), "DATA_MB", "100");
    notifications().defineCreditProfile(new CreditProfile(prepaid.groupId(),
        List.of(Threshold.amount("DATA_MB", BigDecimal.ZERO)), List.of("ops")));

    var result = bed.sdk.rating().rateAll(List.of(data("p1", prepaid.identifier(), "150"))).get(0);

    assertThat(result.status()).isEqualTo(RatingStatus.REJECTED);
    assertThat(notifications().notifications(prepaid.groupId())).isEmpty();
    assertThat(ops.sent()).isEmpty();
  }

  @Test
  void notificationsAreSentAfterCommitAndAFailingChannelIsRecordedWithoutFailingTheBatch() throws Exception {
    watch(List.of("ops", "sms"), Threshold.amount("DATA_MB", new BigDecimal("500")));
    BalanceGroupId group = line.groupId();
    // Another thread can read the notification while it is sent: the writing transaction has ended.
    ops.onSend(() -> assertThat(CompletableFuture.supplyAsync(() -> store.notifications().ofGroup(group))
        .orTimeout(5, TimeUnit.SECONDS).join()).hasSize(1));
    sms.failWith(new IllegalStateException("gateway down"));

    var result = bed.sdk.rating().rate(data("d1", line.identifier(), "600"));

    assertThat(result.status()).isEqualTo(RatingStatus.RATED);
    Notification notification = notifications().notifications(group).get(0);
    assertThat(ops.sent()).hasSize(1);
    assertThat(notifications().deliveries(notification.id())).satisfiesExactly(
        ok -> assertThat(ok.status()).isEqualTo(NotificationDelivery.Status.SENT),
        failed -> {
          assertThat(failed.channel()).isEqualTo("sms");
          assertThat(failed.status()).isEqualTo(NotificationDelivery.Status.FAILED);
          assertThat(failed.detail()).isEqualTo("IllegalStateException: gateway down");
          assertThat(failed.attempts()).isEqualTo(1);
        });
  }

  @Test
  void aGroupWithoutProfileRecordsNothingAndARemovedProfileStopsWatching() {
    bed.sdk.rating().rate(data("d1", line.identifier(), "999"));
    watch(List.of("ops"), Threshold.amount("DATA_MB", BigDecimal.ZERO));
    notifications().removeCreditProfile(line.groupId());

    bed.sdk.rating().rate(data("d2", line.identifier(), "5"));

    assertThat(notifications().creditProfile(line.groupId())).isEmpty();
    assertThat(notifications().notifications(line.groupId())).isEmpty();
    assertThat(ops.sent()).isEmpty();
  }

  @Test
  void aProfileIsValidatedAsAWholeAndStoredAsGiven() {
    CreditProfile bad = new CreditProfile(line.groupId(), List.of(
        Threshold.amount("GOLD", BigDecimal.ONE),
        Threshold.amount("DATA_MB", new BigDecimal("-1")),
        Threshold.amount("DATA_MB", new BigDecimal("1.5")),
        Threshold.percentOf("DATA_MB", new BigDecimal("101"), null),
        new Threshold("DATA_MB", Threshold.Kind.AMOUNT, BigDecimal.TEN, BigDecimal.ONE),
        Threshold.amount("DATA_MB", new BigDecimal("200")),
        Threshold.percentOf("DATA_MB", new BigDecimal("20"), new BigDecimal("1000")),
        Threshold.percentOf("DATA_MB", new BigDecimal("33.3"), new BigDecimal("10")),
        Threshold.amount("DATA_MB", new BigDecimal("1E+18")),
        Threshold.percentOf("DATA_MB", new BigDecimal("50"), new BigDecimal("10.5"))),
        List.of("ops", "fax", "ops"));

    assertThatThrownBy(() -> notifications().defineCreditProfile(bad))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactly("thresholds[0].resource", "thresholds[1].value", "thresholds[2].value",
                "thresholds[3].value", "thresholds[3].limit", "thresholds[4].limit", "thresholds[6]",
                "thresholds[7].value", "thresholds[8].value", "thresholds[9].limit", "channels[1]", "channels[2]"));
    assertThatThrownBy(() -> notifications().defineCreditProfile(
        new CreditProfile(line.groupId(), List.of(), List.of())))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("thresholds", "channels"));
    assertThatThrownBy(() -> notifications().defineCreditProfile(new CreditProfile(new BalanceGroupId(999),
        List.of(Threshold.amount("DATA_MB", BigDecimal.ONE)), List.of("ops"))))
        .isInstanceOf(NotFoundException.class);
    assertThat(notifications().creditProfile(line.groupId())).isEmpty();

    CreditProfile good = watch(List.of("sms"), Threshold.amount("EUR", new BigDecimal("5.00")));

    assertThat(notifications().creditProfile(line.groupId())).contains(good);
  }
}
