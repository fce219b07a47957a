package org.monetization.notification.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroup;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.spi.NotificationChannel;
import org.monetization.spi.NotificationMessage;
import org.monetization.spi.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes one attempt of a delivery: claims it in a transaction of its own (a compare-and-set that one sender
 * wins), sends the notification through the channel outside any transaction, and records the outcome in
 * another transaction. A claimed attempt is leased: if this process stops before the outcome is recorded,
 * the resend job takes the attempt over once the lease expires, so a notification the channel accepted just
 * before the stop is sent again (at least once). A channel's failure is logged (type and message, never the
 * notification's destination or credentials) and recorded, and never thrown. Thread-safe.
 */
public final class Courier {
  private static final Logger log = LoggerFactory.getLogger(Courier.class);

  private static final int MAX_DETAIL = 1000;

  /** What an attempt came to. */
  enum Outcome {
    /** The channel accepted the notification. */
    SENT,
    /** The channel failed, or could not be reached. */
    FAILED,
    /** Another sender claimed the delivery first, or the claim could not be stored: nothing was sent. */
    NOT_CLAIMED
  }

  private final Store store;
  private final Clock clock;
  private final Map<String, NotificationChannel> channels;
  private final Duration lease;
  private final Duration firstRetryDelay;
  private final Duration longestRetryDelay;

  /**
   * Creates the courier.
   *
   * @param store where deliveries are claimed and their outcomes recorded
   * @param clock the source of claim, lease and outcome times
   * @param channels the registered channels, by name
   * @param lease how long a claimed attempt is this sender's, positive: longer than a channel takes to send
   * @param firstRetryDelay how long after a first failed attempt the next one is due, not negative; the
   *     delay doubles after each further failure
   * @param longestRetryDelay the longest delay between two attempts, at least {@code firstRetryDelay}
   */
  public Courier(Store store, Clock clock, Map<String, NotificationChannel> channels, Duration lease,
      Duration firstRetryDelay, Duration longestRetryDelay) {
    this.store = requireNonNull(store);
    this.clock = requireNonNull(clock);
    this.channels = Map.copyOf(channels);
    checkArgument(lease.compareTo(Duration.ZERO) > 0, "the lease must be positive: %s", lease);
    checkArgument(!firstRetryDelay.isNegative(), "the first retry delay must not be negative: %s", firstRetryDelay);
    checkArgument(longestRetryDelay.compareTo(firstRetryDelay) >= 0,
        "the longest retry delay must be at least the first: %s, %s", longestRetryDelay, firstRetryDelay);
    this.lease = lease;
    this.firstRetryDelay = firstRetryDelay;
    this.longestRetryDelay = longestRetryDelay;
  }

  /**
   * Returns how long after the failure of a delivery's {@code attempts}-th attempt the next one is due: the
   * first delay, doubled for each earlier failure, at most the longest delay.
   */
  Duration retryDelay(int attempts) {
    Duration delay = firstRetryDelay;
    for (int failure = 1; failure < attempts && !delay.isZero(); failure++) {
      if (delay.compareTo(longestRetryDelay.dividedBy(2)) > 0) {
        return longestRetryDelay; // doubling would pass it (and could overflow)
      }
      delay = delay.multipliedBy(2);
    }
    return delay;
  }

  /**
   * Claims, sends and records one attempt of a delivery.
   *
   * @param notification the notification delivered
   * @param seen the delivery as last read or recorded; it must still be stored so for the claim to succeed
   * @return what the attempt came to
   */
  Outcome attempt(Notification notification, NotificationDelivery seen) {
    Instant now = clock.instant();
    NotificationDelivery claimed = seen.claimed(now, now.plus(lease));
    if (!claim(seen, claimed)) {
      return Outcome.NOT_CLAIMED;
    }
    String failure = send(notification, claimed.channel());
    Instant ended = clock.instant();
    NotificationDelivery outcome = failure == null
        ? claimed.sent(ended)
        : claimed.failed(failure, ended, ended.plus(retryDelay(claimed.attempts())));
    record(outcome);
    return failure == null ? Outcome.SENT : Outcome.FAILED;
  }

  /**
   * Gives up an attempt whose sender stopped: records it failed, at its attempt count, without sending.
   *
   * @param expired an in-flight delivery whose lease expired
   * @return whether it was recorded; false if another sender ended or took over the attempt first
   */
  boolean giveUp(NotificationDelivery expired) {
    Instant now = clock.instant();
    NotificationDelivery outcome = expired.failed(
        "no outcome was recorded before the lease expired", now, now.plus(retryDelay(expired.attempts())));
    return record(outcome);
  }

  private boolean claim(NotificationDelivery seen, NotificationDelivery claimed) {
    try {
      boolean won = store.transactions().inTransaction(() -> store.notifications().claim(seen, claimed));
      if (!won) {
        log.debug("notification {} through channel '{}' was claimed by another sender", seen.notificationId(),
            seen.channel());
      }
      return won;
    } catch (RuntimeException e) {
      // A lost race on a database that reports it as a conflict, or storage failing: either way nothing is
      // sent, and the delivery stays as it was for a later run.
      log.warn("notification {} through channel '{}' could not be claimed: {}", seen.notificationId(),
          seen.channel(), e.getClass().getSimpleName());
      return false;
    }
  }

  /** Sends through the channel; returns why it failed, or null. */
  private @Nullable String send(Notification notification, String name) {
    NotificationChannel channel = channels.get(name);
    String failure = null;
    if (channel == null) {
      failure = "no channel named '" + name + "' is registered";
    } else {
      Optional<BalanceGroup> group = store.balanceGroups().find(notification.groupId());
      if (group.isEmpty()) {
        failure = "balance group " + notification.groupId() + " no longer exists";
      } else {
        try {
          channel.send(new NotificationMessage(notification, group.get().customerId(), name));
        } catch (RuntimeException e) {
          failure = bounded(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
    }
    if (failure != null) {
      log.warn("notification {} was not sent through channel '{}': {}", notification.id(), name, failure);
    }
    return failure;
  }

  /** Keeps a failure's description within what every store holds (1,000 characters). */
  private static String bounded(String text) {
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
  }

  private boolean record(NotificationDelivery outcome) {
    try {
      boolean recorded = store.transactions().inTransaction(() -> store.notifications().recordOutcome(outcome));
      if (!recorded) {
        log.warn("the {} attempt {} of notification {} through channel '{}' was ended or taken over by another"
            + " sender after its lease expired; its outcome is not recorded", outcome.status(), outcome.attempts(),
            outcome.notificationId(), outcome.channel());
      }
      return recorded;
    } catch (RuntimeException e) {
      log.warn("the delivery of notification {} through channel '{}' could not be recorded, the resend job takes"
          + " it over once its lease expires: {}", outcome.notificationId(), outcome.channel(),
          e.getClass().getSimpleName());
      return false;
    }
  }
}
