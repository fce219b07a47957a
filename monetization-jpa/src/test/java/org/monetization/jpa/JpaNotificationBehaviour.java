package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.monetization.testing.RatingTestBed.NOW;
import static org.monetization.testing.RatingTestBed.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.balance.BalanceGroupId;
import org.monetization.error.MonetizationException;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.NotificationType;
import org.monetization.notification.Threshold;
import org.monetization.spi.Store;
import org.monetization.spi.UsageEventRepository;
import org.monetization.testing.ForwardingStore;
import org.monetization.testing.MutableClock;
import org.monetization.testing.RecordingChannel;

/**
 * Credit-profile notifications through the SDK on the JPA store: a crossing is stored with the batch, with its
 * pending delivery, and sent once after its commit, under a committed claim; a batch that fails late stores
 * and sends nothing. Runs on each test database.
 */
abstract class JpaNotificationBehaviour extends JpaStoreBehaviour {
  private static final String LINE = "+33677777777";

  private final RecordingChannel channel = new RecordingChannel("ops");

  private Monetization sdk() {
    JpaStore store = open();
    Monetization sdk = Monetization.builder().store(store).clock(MutableClock.at(NOW)).notificationChannel(channel)
        .build();
    JpaRatingBehaviour.configure(sdk);
    return sdk;
  }

  private static BalanceGroupId watchedLine(Monetization sdk) {
    BalanceGroupId group = JpaRatingBehaviour.onboard(sdk, LINE);
    JpaRatingBehaviour.credit(sdk, group, "1000");
    sdk.notifications().defineCreditProfile(new CreditProfile(group,
        List.of(Threshold.percentOf("DATA_MB", new BigDecimal("20.5"), new BigDecimal("1000")),
            Threshold.amount("DATA_MB", BigDecimal.ZERO)),
        List.of("ops")));
    return group;
  }

  @Test
  void aCrossingIsStoredWithTheBatchAndSentOnceAfterItsCommit() {
    Monetization sdk = sdk();
    BalanceGroupId group = watchedLine(sdk);
    Store store = sdk.store();
    // Another thread sees only committed rows: the send comes after the batch's commit.
    channel.onSend(() -> {
      List<Notification> committed = CompletableFuture.supplyAsync(() -> store.notifications().ofGroup(group))
          .orTimeout(10, TimeUnit.SECONDS).join();
      assertThat(committed).isNotEmpty();
      // The claim committed before the send: another node's resend job would see the attempt leased.
      assertThat(CompletableFuture.supplyAsync(() -> store.notifications().deliveries(committed.get(0).id()))
          .orTimeout(10, TimeUnit.SECONDS).join()).extracting(NotificationDelivery::status)
          .containsExactly(NotificationDelivery.Status.IN_FLIGHT);
    });

    sdk.rating().rateAll(List.of(data("n1", LINE, "500"), data("n2", LINE, "300"), data("n3", LINE, "10")));
    sdk.rating().rateAll(List.of(data("n4", LINE, "100")));

    List<Notification> notifications = sdk.notifications().notifications(group);
    assertThat(notifications).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo(NotificationType.THRESHOLD_REACHED);
      assertThat(n.level()).isEqualTo(new BigDecimal("205.000"));
      assertThat(n.value()).isEqualByComparingTo("190");
      assertThat(n.occurredAt()).isEqualTo(NOW);
    });
    assertThat(channel.sent()).extracting(m -> m.notification()).containsExactlyElementsOf(notifications);
    assertThat(sdk.notifications().deliveries(notifications.get(0).id()))
        .extracting(NotificationDelivery::status, NotificationDelivery::attempts, NotificationDelivery::leaseUntil)
        .containsExactly(tuple(NotificationDelivery.Status.SENT, 1, null));
    assertThat(database().rows(store, "mon_notification")).isEqualTo(1);
    assertThat(database().rows(store, "mon_notification_delivery")).isEqualTo(1);
  }

  @Test
  void aBatchThatFailsAfterItsBalancesWereSavedStoresAndSendsNothing() {
    Monetization sdk = sdk();
    BalanceGroupId group = watchedLine(sdk);
    // The rated events are inserted last, after the balances and the notification were written: a storage
    // failure there (after the rows went to the database) must roll the whole batch back.
    Monetization failing = Monetization.builder().store(failingEventInserts(sdk.store())).clock(MutableClock.at(NOW))
        .notificationChannel(channel).build();

    assertThatThrownBy(() -> failing.rating().rateAll(List.of(data("n1", LINE, "1000"), data("n2", LINE, "1"))))
        .isInstanceOf(MonetizationException.class).hasMessage("storage failed after the insert");

    assertThat(sdk.notifications().notifications(group)).isEmpty();
    assertThat(channel.sent()).isEmpty();
    assertThat(database().rows(sdk.store(), "mon_notification")).isZero();
    assertThat(database().rows(sdk.store(), "mon_notification_delivery")).as("no pending delivery either").isZero();
    assertThat(sdk.balances().totals(group).get(0).amount()).isEqualByComparingTo("-1000");
  }

  /** The store, but every insert of rated events fails once its rows were sent. */
  private static Store failingEventInserts(Store store) {
    UsageEventRepository events = store.usageEvents();
    UsageEventRepository failing = (UsageEventRepository) Proxy.newProxyInstance(
        UsageEventRepository.class.getClassLoader(), new Class<?>[] {UsageEventRepository.class},
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(events, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (method.getName().equals("insertAll")) {
            throw new MonetizationException("storage failed after the insert");
          }
          return result;
        });
    return new ForwardingStore(store, store.customers()) {
      @Override
      public UsageEventRepository usageEvents() {
        return failing;
      }
    };
  }
}
