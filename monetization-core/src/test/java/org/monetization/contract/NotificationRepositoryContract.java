package org.monetization.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceGroup;
import org.monetization.error.ConflictException;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.NotificationDelivery.Status;
import org.monetization.notification.NotificationType;
import org.monetization.notification.Threshold;

/**
 * What every store must do with credit profiles, notifications and their deliveries: the outbox's pending
 * rows, the resend job's selection, and claims and outcomes as compare-and-set operations that exactly one
 * of two senders wins.
 */
public abstract class NotificationRepositoryContract extends StoreContractSupport {
  private static final Duration LEASE = Duration.ofMinutes(5);

  private static CreditProfile profile(BalanceGroup group) {
    return new CreditProfile(group.id(), List.of(
        Threshold.percentOf("DATA_MB", new BigDecimal("20.5"), new BigDecimal("5000")),
        Threshold.amount("EUR", new BigDecimal("5.0000")),
        Threshold.amount("DATA_MB", BigDecimal.ZERO)), List.of("webhook", "sms"));
  }

  private Notification notification(BalanceGroup group, long id, String value) {
    return new Notification(id, group.id(), NotificationType.THRESHOLD_REACHED,
        Threshold.percentOf("DATA_MB", new BigDecimal("20.5"), new BigDecimal("5000")), new BigDecimal("1025.000"),
        new BigDecimal(value), List.of("webhook", "sms"), T0.plusSeconds(id));
  }

  @Test
  void aProfileIsStoredReplacedAndDeleted() {
    BalanceGroup group = group(customer());
    BalanceGroup other = group(customer());
    CreditProfile first = profile(group);

    tx(() -> {
      store.creditProfiles().save(first);
      return null;
    });
    assertThat(store.creditProfiles().find(group.id())).contains(first);
    assertThat(store.creditProfiles().find(other.id())).isEmpty();

    CreditProfile replaced = new CreditProfile(group.id(), List.of(Threshold.amount("EUR", BigDecimal.ONE)),
        List.of("sms"));
    tx(() -> {
      store.creditProfiles().save(replaced);
      return null;
    });
    assertThat(store.creditProfiles().find(group.id())).contains(replaced);

    tx(() -> {
      store.creditProfiles().delete(group.id());
      store.creditProfiles().delete(other.id());
      return null;
    });
    assertThat(store.creditProfiles().find(group.id())).isEmpty();
  }

  @Test
  void aRolledBackProfileSaveLeavesThePreviousProfile() {
    BalanceGroup group = group(customer());
    CreditProfile first = profile(group);
    tx(() -> {
      store.creditProfiles().save(first);
      return null;
    });

    assertThatThrownBy(() -> tx(() -> {
      store.creditProfiles().save(new CreditProfile(group.id(), List.of(Threshold.amount("EUR", BigDecimal.ONE)),
          List.of("sms")));
      throw new IllegalStateException("fail after writing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.creditProfiles().find(group.id())).contains(first);
  }

  @Test
  void notificationsAreKeptPerGroupInIdOrderAndReadBackEqual() {
    BalanceGroup group = group(customer());
    BalanceGroup other = group(customer());
    long firstId = tx(() -> store.notifications().nextId());
    long secondId = tx(() -> store.notifications().nextId());
    assertThat(secondId).isGreaterThan(firstId);
    Notification first = notification(group, firstId, "1000");
    Notification exhausted = new Notification(secondId, group.id(), NotificationType.EXHAUSTED,
        Threshold.amount("EUR", new BigDecimal("0.0000")), new BigDecimal("0.0000"), new BigDecimal("-0.5000"),
        List.of("sms"), T0.plusSeconds(60));
    tx(() -> {
      store.notifications().insert(exhausted);
      store.notifications().insert(first);
      return null;
    });

    assertThat(store.notifications().ofGroup(group.id())).containsExactly(first, exhausted);
    assertThat(store.notifications().ofGroup(other.id())).isEmpty();
    assertThatThrownBy(() -> tx(() -> {
      store.notifications().insert(first);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
  }

  @Test
  void aRolledBackNotificationLeavesNoTrace() {
    BalanceGroup group = group(customer());
    long id = tx(() -> store.notifications().nextId());

    assertThatThrownBy(() -> tx(() -> {
      store.notifications().insert(notification(group, id, "900"));
      throw new IllegalStateException("fail after writing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.notifications().ofGroup(group.id())).isEmpty();
  }

  @Test
  void oneDeliveryPerNotificationAndChannel() {
    BalanceGroup group = group(customer());
    long id = tx(() -> store.notifications().nextId());
    Notification notification = notification(group, id, "900");
    NotificationDelivery sent = new NotificationDelivery(id, "webhook", Status.SENT, 1, null, T0.plusSeconds(90),
        null, null);
    NotificationDelivery failed = new NotificationDelivery(id, "sms", Status.FAILED, 3,
        "IllegalStateException: gateway down", T0.plusSeconds(91), null, null);
    tx(() -> {
      store.notifications().insert(notification);
      store.notifications().insertDelivery(sent);
      store.notifications().insertDelivery(failed);
      return null;
    });

    assertThat(store.notifications().deliveries(id)).containsExactly(failed, sent);
    assertThat(store.notifications().deliveries(id + 1)).isEmpty();
    assertThatThrownBy(() -> tx(() -> {
      store.notifications().insertDelivery(sent);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
  }

  /** Stores a notification with the sequence's next id and the deliveries, in one transaction. */
  private Notification recorded(BalanceGroup group, NotificationDelivery... deliveries) {
    long id = tx(() -> store.notifications().nextId());
    return recorded(notification(group, id, "900"), deliveries);
  }

  /** Stores a notification that occurred at the given time with the deliveries, in one transaction. */
  private Notification recordedAt(Instant occurredAt, BalanceGroup group, NotificationDelivery... deliveries) {
    long id = tx(() -> store.notifications().nextId());
    Notification n = notification(group, id, "900");
    return recorded(new Notification(id, n.groupId(), n.type(), n.threshold(), n.level(), n.value(), n.channels(),
        occurredAt), deliveries);
  }

  /** Stores the notification and the deliveries, whatever notification id they carry, as its own. */
  private Notification recorded(Notification notification, NotificationDelivery... deliveries) {
    long id = notification.id();
    tx(() -> {
      store.notifications().insert(notification);
      for (NotificationDelivery delivery : deliveries) {
        store.notifications().insertDelivery(new NotificationDelivery(id, delivery.channel(), delivery.status(),
            delivery.attempts(), delivery.detail(), delivery.at(), delivery.leaseUntil(), delivery.retryAt()));
      }
      return null;
    });
    return notification;
  }

  private Optional<NotificationDelivery> stored(long notificationId, String channel) {
    return store.notifications().deliveries(notificationId).stream().filter(d -> d.channel().equals(channel))
        .findFirst();
  }

  private boolean claim(NotificationDelivery seen, NotificationDelivery claimed) {
    return tx(() -> store.notifications().claim(seen, claimed));
  }

  private boolean record(NotificationDelivery outcome) {
    return tx(() -> store.notifications().recordOutcome(outcome));
  }

  private static NotificationDelivery failed(String channel, int attempts, Instant at) {
    return new NotificationDelivery(0, channel, Status.FAILED, attempts, "IllegalStateException: down", at, null, null);
  }

  private static NotificationDelivery inFlight(String channel, int attempts, Instant at, Instant until) {
    return new NotificationDelivery(0, channel, Status.IN_FLIGHT, attempts, null, at, until, null);
  }

  @Test
  void aNotificationIsFoundByIdWithItsPendingDeliveries() {
    BalanceGroup group = group(customer());
    Notification notification = recorded(group, NotificationDelivery.pending(0, "webhook", T0),
        NotificationDelivery.pending(0, "sms", T0));

    assertThat(store.notifications().find(notification.id())).contains(notification);
    assertThat(store.notifications().find(notification.id() + 1)).isEmpty();
    assertThat(store.notifications().deliveries(notification.id())).containsExactly(
        NotificationDelivery.pending(notification.id(), "sms", T0),
        NotificationDelivery.pending(notification.id(), "webhook", T0));
  }

  @Test
  void aPendingDeliveryIsClaimedOnceAndItsOutcomeRecordedOnce() {
    long id = recorded(group(customer()), NotificationDelivery.pending(0, "webhook", T0)).id();
    NotificationDelivery pending = NotificationDelivery.pending(id, "webhook", T0);
    Instant now = T0.plusSeconds(1);
    NotificationDelivery claimed = pending.claimed(now, now.plus(LEASE));
    NotificationDelivery other = pending.claimed(now.plusSeconds(1), now.plus(LEASE).plusSeconds(1));

    assertThat(claim(pending, claimed)).isTrue();
    assertThat(stored(id, "webhook")).contains(claimed);
    assertThat(claim(pending, other)).as("a second sender that saw it pending").isFalse();
    assertThat(claim(claimed, claimed.claimed(now.plusSeconds(60), now.plusSeconds(60).plus(LEASE))))
        .as("the lease is still running").isFalse();
    assertThat(stored(id, "webhook")).contains(claimed);

    NotificationDelivery sent = claimed.sent(now.plusSeconds(2));
    assertThat(record(sent)).isTrue();
    assertThat(stored(id, "webhook")).contains(sent);
    assertThat(record(claimed.failed("late", now.plusSeconds(3), now.plusSeconds(63)))).as("the attempt has ended")
        .isFalse();
    NotificationDelivery again = new NotificationDelivery(id, "webhook", Status.IN_FLIGHT, 2, null,
        now.plus(LEASE.multipliedBy(2)), now.plus(LEASE.multipliedBy(3)), null);
    assertThat(claim(sent, again)).as("a sent delivery is never claimed").isFalse();
    assertThat(stored(id, "webhook")).contains(sent);
    assertThat(claim(NotificationDelivery.pending(id, "fax", T0), NotificationDelivery.pending(id, "fax", T0)
        .claimed(now, now.plus(LEASE)))).as("no such delivery").isFalse();
  }

  @Test
  void aFailedDeliveryIsClaimedAgainWithOneMoreAttemptAndKeepsItsFailureUntilTheAttemptEnds() {
    long id = recorded(group(customer()), failed("sms", 1, T0)).id();
    NotificationDelivery failed = stored(id, "sms").orElseThrow();
    Instant now = T0.plusSeconds(60);

    NotificationDelivery claimed = failed.claimed(now, now.plus(LEASE));
    assertThat(claim(failed, claimed)).isTrue();

    assertThat(stored(id, "sms")).hasValueSatisfying(d -> {
      assertThat(d.status()).isEqualTo(Status.IN_FLIGHT);
      assertThat(d.attempts()).isEqualTo(2);
      assertThat(d.detail()).isEqualTo("IllegalStateException: down");
      assertThat(d.leaseUntil()).isEqualTo(now.plus(LEASE));
    });
    NotificationDelivery failedAgain =
        claimed.failed("IllegalStateException: still down", now.plusSeconds(1), now.plusSeconds(121));
    assertThat(record(failedAgain)).isTrue();
    assertThat(stored(id, "sms")).contains(failedAgain);
    NotificationDelivery third = failedAgain.claimed(now.plusSeconds(121), now.plusSeconds(121).plus(LEASE));
    assertThat(claim(failedAgain, third)).isTrue();
    assertThat(stored(id, "sms")).as("a claim clears the retry time").contains(third);
  }

  @Test
  void aFailedDeliveryIsDueOnceItsRetryTimeHasComeAndOneWithoutIsDueAtOnce() {
    BalanceGroup group = group(customer());
    Instant retry = T0.plusSeconds(120);
    long later = recorded(group, new NotificationDelivery(0, "sms", Status.FAILED, 1, "IllegalStateException: down",
        T0, null, retry)).id();
    long legacy = recorded(group, failed("sms", 1, T0.plusSeconds(1))).id();

    assertThat(store.notifications().redeliverable(T0, retry.minusNanos(1_000), 5, 10))
        .extracting(NotificationDelivery::notificationId).containsExactly(legacy);
    assertThat(store.notifications().redeliverable(T0, retry, 5, 10))
        .extracting(NotificationDelivery::notificationId).containsExactly(later, legacy);
    assertThat(stored(later, "sms").orElseThrow().retryAt()).isEqualTo(retry);
    assertThat(store.notifications().redeliverable(T0, retry, 1, 10)).as("at the maximum of attempts").isEmpty();
  }

  @Test
  void anExpiredLeaseIsTakenOverAndTheFirstSenderCanNoLongerRecordItsOutcome() {
    long id = recorded(group(customer()), NotificationDelivery.pending(0, "webhook", T0)).id();
    NotificationDelivery pending = NotificationDelivery.pending(id, "webhook", T0);
    NotificationDelivery first = pending.claimed(T0, T0.plus(LEASE));
    assertThat(claim(pending, first)).isTrue();
    Instant expiry = T0.plus(LEASE);

    assertThat(claim(first, first.claimed(expiry.minusSeconds(1), expiry.plus(LEASE)))).isFalse();
    NotificationDelivery second = first.claimed(expiry, expiry.plus(LEASE));
    assertThat(claim(first, second)).as("a lease ends at its instant").isTrue();

    assertThat(stored(id, "webhook")).contains(second);
    assertThat(record(first.sent(expiry.plusSeconds(1)))).as("the first sender's attempt was taken over").isFalse();
    NotificationDelivery sent = second.sent(expiry.plusSeconds(2));
    assertThat(record(sent)).isTrue();
    assertThat(stored(id, "webhook")).contains(sent);
  }

  @Test
  void aRolledBackClaimLeavesTheDeliveryAsItWas() {
    long id = recorded(group(customer()), NotificationDelivery.pending(0, "webhook", T0)).id();
    NotificationDelivery pending = NotificationDelivery.pending(id, "webhook", T0);

    assertThatThrownBy(() -> tx(() -> {
      store.notifications().claim(pending, pending.claimed(T0, T0.plus(LEASE)));
      throw new IllegalStateException("fail after claiming");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(stored(id, "webhook")).contains(pending);
    assertThat(claim(pending, pending.claimed(T0.plusSeconds(1), T0.plus(LEASE)))).isTrue();
  }

  @Test
  void aRolledBackNotificationTakesItsPendingDeliveriesWithIt() {
    BalanceGroup group = group(customer());
    long id = tx(() -> store.notifications().nextId());

    assertThatThrownBy(() -> tx(() -> {
      store.notifications().insert(notification(group, id, "900"));
      store.notifications().insertDelivery(NotificationDelivery.pending(id, "webhook", T0));
      throw new IllegalStateException("fail after writing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.notifications().deliveries(id)).isEmpty();
    assertThat(store.notifications().redeliverable(T0.plusSeconds(3600), T0.plusSeconds(3600), 5, 10)).isEmpty();
  }

  @Test
  void theResendJobSelectsWhatIsDueOldestFirstUpToTheLimit() {
    BalanceGroup group = group(customer());
    Instant now = T0.plusSeconds(60);
    long a = recorded(group, NotificationDelivery.pending(0, "webhook", T0),
        new NotificationDelivery(0, "sms", Status.SENT, 1, null, T0.plusSeconds(1), null, null)).id();
    long b = recorded(group, NotificationDelivery.pending(0, "webhook", now.minusNanos(1_000)),
        failed("sms", 2, T0.plusSeconds(30))).id();
    long c = recorded(group, failed("webhook", 3, T0.plusSeconds(10)),
        inFlight("sms", 1, T0.plusSeconds(20), now)).id();
    long d = recorded(group, inFlight("webhook", 1, T0.plusSeconds(40), now.plusSeconds(1)),
        NotificationDelivery.pending(0, "sms", now)).id();
    long e = recorded(group, NotificationDelivery.pending(0, "webhook", T0),
        NotificationDelivery.pending(0, "sms", T0)).id();

    List<NotificationDelivery> due = store.notifications().redeliverable(now, now, 3, 10);

    // Not due: a's sms (sent), c's webhook (3 attempts, the maximum), d's webhook (leased one more second),
    // d's sms (pending since exactly now).
    assertThat(due).extracting(x -> x.notificationId() + "/" + x.channel()).containsExactly(
        a + "/webhook", e + "/sms", e + "/webhook", c + "/sms", b + "/sms", b + "/webhook");
    assertThat(due.get(3)).isEqualTo(stored(c, "sms").orElseThrow());
    assertThat(store.notifications().redeliverable(now, now, 3, 2)).isEqualTo(due.subList(0, 2));
    assertThat(store.notifications().redeliverable(now, now, 4, 10))
        .extracting(x -> x.notificationId() + "/" + x.channel())
        .containsExactly(a + "/webhook", e + "/sms", e + "/webhook", c + "/webhook", c + "/sms", b + "/sms",
            b + "/webhook");
    assertThat(store.notifications().redeliverable(T0, T0.plusSeconds(59), 1, 10)).isEmpty();
  }

  @Test
  void theDeliveriesOfStaleNotificationsThatAJobWouldAttemptAreExpiredAndTheOthersLeftAsTheyAre() {
    BalanceGroup group = group(customer());
    Instant cutoff = T0.plusSeconds(100);
    Instant now = T0.plusSeconds(200);
    String reason = "too old";
    NotificationDelivery retryLater = new NotificationDelivery(0, "failed", Status.FAILED, 2,
        "IllegalStateException: down", T0.plusSeconds(150), null, now.plusSeconds(60));
    // "legacy" failed before retry times were recorded, as the rows of a store upgraded from before them.
    long stale = recordedAt(T0.plusSeconds(50), group, NotificationDelivery.pending(0, "pending", T0.plusSeconds(50)),
        retryLater, failed("given-up", 3, T0.plusSeconds(60)), inFlight("ended", 1, T0.plusSeconds(70), now),
        inFlight("leased", 1, T0.plusSeconds(190), now.plusSeconds(1)), failed("legacy", 1, T0.plusSeconds(55)),
        new NotificationDelivery(0, "sent", Status.SENT, 1, null, T0.plusSeconds(80), null, null)).id();
    long atTheCutoff = recordedAt(cutoff, group, NotificationDelivery.pending(0, "pending", cutoff)).id();
    long fresh = recordedAt(T0.plusSeconds(150), group, failed("failed", 1, T0.plusSeconds(150))).id();
    List<NotificationDelivery> before = List.of(stored(stale, "given-up").orElseThrow(),
        stored(stale, "leased").orElseThrow(), stored(stale, "sent").orElseThrow(),
        stored(atTheCutoff, "pending").orElseThrow(), stored(fresh, "failed").orElseThrow());

    assertThat(tx(() -> store.notifications().expire(cutoff, now, 3, reason))).isEqualTo(4);

    assertThat(store.notifications().deliveries(stale)).containsExactly(
        new NotificationDelivery(stale, "ended", Status.EXPIRED, 1, reason, now, null, null),
        new NotificationDelivery(stale, "failed", Status.EXPIRED, 2, reason, now, null, null),
        before.get(0),
        before.get(1),
        new NotificationDelivery(stale, "legacy", Status.EXPIRED, 1, reason, now, null, null),
        new NotificationDelivery(stale, "pending", Status.EXPIRED, 0, reason, now, null, null),
        before.get(2));
    assertThat(List.of(stored(atTheCutoff, "pending").orElseThrow(), stored(fresh, "failed").orElseThrow()))
        .as("strictly before the cutoff only").isEqualTo(before.subList(3, 5));
    assertThat(store.notifications().redeliverable(now, now, 3, 10))
        .extracting(d -> d.notificationId() + "/" + d.channel())
        .containsExactly(atTheCutoff + "/pending", fresh + "/failed");
    assertThat(tx(() -> store.notifications().expire(cutoff, now.plusSeconds(1), 3, reason)))
        .as("the lease that ran has ended now; the expired ones stay as they were").isEqualTo(1);
    assertThat(stored(stale, "pending")).contains(
        new NotificationDelivery(stale, "pending", Status.EXPIRED, 0, reason, now, null, null));
    assertThat(tx(() -> store.notifications().expire(cutoff, now.plusSeconds(1), 4, reason)))
        .as("a higher maximum reaches the given-up delivery").isEqualTo(1);
  }

  @Test
  void anExpiredDeliveryIsNeitherClaimedNorEndedAndARolledBackExpiryLeavesTheDeliveries() {
    long id = recordedAt(T0, group(customer()), NotificationDelivery.pending(0, "webhook", T0),
        NotificationDelivery.pending(0, "sms", T0)).id();
    NotificationDelivery pending = NotificationDelivery.pending(id, "webhook", T0);
    NotificationDelivery claimed = pending.claimed(T0.plusSeconds(1), T0.plusSeconds(2));
    assertThat(claim(pending, claimed)).isTrue();
    Instant now = T0.plusSeconds(10);

    assertThatThrownBy(() -> tx(() -> {
      store.notifications().expire(T0.plusSeconds(5), now, 5, "too old");
      throw new IllegalStateException("fail after expiring");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.notifications().deliveries(id))
        .containsExactly(NotificationDelivery.pending(id, "sms", T0), claimed);

    assertThat(tx(() -> store.notifications().expire(T0.plusSeconds(5), now, 5, "too old"))).isEqualTo(2);
    assertThat(record(claimed.sent(now.plusSeconds(1)))).as("the late outcome of an expired attempt").isFalse();
    NotificationDelivery sms = NotificationDelivery.pending(id, "sms", T0);
    assertThat(claim(sms, sms.claimed(now.plusSeconds(1), now.plusSeconds(301)))).isFalse();
    assertThat(store.notifications().deliveries(id)).extracting(NotificationDelivery::status)
        .containsExactly(Status.EXPIRED, Status.EXPIRED);
  }

  @Test
  void aClaimWhoseTransactionIsOpenWinsOverAConcurrentExpiry() throws Exception {
    long id = recordedAt(T0, group(customer()), NotificationDelivery.pending(0, "webhook", T0)).id();
    NotificationDelivery pending = NotificationDelivery.pending(id, "webhook", T0);
    Instant now = T0.plusSeconds(60);
    NotificationDelivery claimed = pending.claimed(now, now.plus(LEASE));

    // The job saw the delivery pending and stale; it expires while the claim is not committed.
    Race<Boolean, Integer> race = whileOpen(() -> store.notifications().claim(pending, claimed),
        () -> tx(() -> store.notifications().expire(now, now, 5, "too old")));

    assertThat(race.first()).isTrue();
    assertThat(race.second()).as("the claimed delivery is leased, not stale").isZero();
    assertThat(stored(id, "webhook")).contains(claimed);
  }

  @Test
  void ofTwoConcurrentClaimsOfADeliveryExactlyOneWins() throws Exception {
    long id = recorded(group(customer()), NotificationDelivery.pending(0, "webhook", T0)).id();
    NotificationDelivery pending = NotificationDelivery.pending(id, "webhook", T0);
    NotificationDelivery mine = pending.claimed(T0.plusSeconds(1), T0.plusSeconds(1).plus(LEASE));
    NotificationDelivery theirs = pending.claimed(T0.plusSeconds(2), T0.plusSeconds(2).plus(LEASE));

    // The second sender saw the delivery pending too; it claims while the first claim is not committed.
    Race<Boolean, Boolean> race = whileOpen(() -> store.notifications().claim(pending, mine), () -> {
      try {
        return claim(pending, theirs);
      } catch (ConflictException e) {
        return false; // a database may report the lost race as a conflict instead
      }
    });

    assertThat(race.first()).isTrue();
    assertThat(race.second()).isFalse();
    assertThat(stored(id, "webhook")).contains(mine);
  }

  /** What two racing pieces of work returned. */
  private record Race<A, B>(A first, B second) {}

  /**
   * Runs {@code first} in a transaction that it holds open until {@code second}, started from another thread
   * meanwhile, has had 300 ms to run into it; returns what both returned once both ended.
   */
  private <A, B> Race<A, B> whileOpen(Supplier<A> first, Callable<B> second) throws Exception {
    CountDownLatch done = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService firstThread = Executors.newSingleThreadExecutor();
    ExecutorService secondThread = Executors.newSingleThreadExecutor();
    try {
      Future<A> held = firstThread.submit(() -> tx(() -> {
        A result = first.get();
        done.countDown();
        await(release);
        return result;
      }));
      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      Future<B> racing = secondThread.submit(second);
      Thread.sleep(300);
      release.countDown();
      return new Race<>(held.get(20, TimeUnit.SECONDS), racing.get(20, TimeUnit.SECONDS));
    } finally {
      release.countDown();
      firstThread.shutdownNow();
      secondThread.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void deletingAGroupsNotificationsTakesTheirDeliveriesAndLeavesOtherGroups() {
    BalanceGroup group = group(customer());
    BalanceGroup other = group(customer());
    Notification sent = recorded(group, new NotificationDelivery(0, "webhook", Status.SENT, 1, null, T0, null, null),
        failed("sms", 2, T0));
    Notification pending = recorded(group, NotificationDelivery.pending(0, "webhook", T0));
    Notification kept = recorded(other, NotificationDelivery.pending(0, "webhook", T0));

    assertThatThrownBy(() -> tx(() -> {
      store.notifications().deleteOfGroup(group.id());
      throw new IllegalStateException("fail after deleting");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.notifications().ofGroup(group.id())).hasSize(2);
    assertThat(store.notifications().deliveries(sent.id())).hasSize(2);

    assertThat(tx(() -> store.notifications().deleteOfGroup(group.id()))).isEqualTo(2);

    assertThat(store.notifications().ofGroup(group.id())).isEmpty();
    assertThat(store.notifications().find(sent.id())).isEmpty();
    assertThat(store.notifications().deliveries(sent.id())).isEmpty();
    assertThat(store.notifications().deliveries(pending.id())).isEmpty();
    assertThat(store.notifications().redeliverable(T0.plusSeconds(3600), T0.plusSeconds(3600), 5, 100))
        .extracting(NotificationDelivery::notificationId).containsExactly(kept.id());
    assertThat(store.notifications().ofGroup(other.id())).containsExactly(kept);
    assertThat(record(new NotificationDelivery(pending.id(), "webhook", Status.SENT, 1, null, T0, null, null)))
        .as("an outcome of a deleted delivery is not recorded").isFalse();
    assertThat(tx(() -> store.notifications().deleteOfGroup(group.id()))).isZero();
  }
}
