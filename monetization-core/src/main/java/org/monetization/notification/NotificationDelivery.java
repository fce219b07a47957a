package org.monetization.notification;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The delivery of one notification through one channel (BAL-9): exactly one per notification and channel,
 * recorded {@link Status#PENDING} in the transaction of the command that recorded the notification (a
 * transactional outbox), then claimed for each attempt and marked with its outcome. Immutable; a change
 * returns a new value.
 *
 * <ul>
 *   <li>{@code PENDING} to {@code IN_FLIGHT}: the after-commit dispatch, or the resend job after a grace
 *       period, claims the first attempt;
 *   <li>{@code IN_FLIGHT} to {@code SENT} or {@code FAILED}: the attempt's outcome;
 *   <li>{@code FAILED} to {@code IN_FLIGHT}: the resend job claims another attempt, below its maximum, once
 *       the failure's retry time has come;
 *   <li>{@code IN_FLIGHT} with an expired lease to {@code IN_FLIGHT} (claimed again) or, at the maximum of
 *       attempts, to {@code FAILED}: the resend job takes over from a sender that stopped;
 *   <li>{@code PENDING}, {@code FAILED} below the maximum of attempts, or {@code IN_FLIGHT} with an expired
 *       lease to {@code EXPIRED}: the resend job gives up a delivery whose notification is older than its
 *       maximum age ({@link RedeliveryRequest#maxAge()}) instead of attempting it.
 * </ul>
 *
 * <p>Every change of status or attempt count is a compare-and-set on the stored delivery, so two senders
 * (the after-commit dispatch and a resend job, or resend jobs on two nodes) never both hold one attempt.
 * Delivery is at least once, not exactly once: a process that stops after the channel accepted a
 * notification but before {@code SENT} was recorded leaves the delivery {@code IN_FLIGHT}, and once its
 * lease has expired the resend job sends it again. A channel whose receiver must not see a notification
 * twice deduplicates on the notification's id and the channel.
 *
 * @param notificationId the notification sent
 * @param channel the channel's name
 * @param status where the delivery stands
 * @param attempts how many attempts were claimed so far: 0 while pending, at least 1 after; an expired delivery
 *     keeps its count, 0 if it expired pending
 * @param detail why the last attempt failed (an exception's type and message, free of the message's
 *     content), or why the delivery expired; null while pending, once sent, and while the first attempt is in
 *     flight
 * @param at when the delivery took its status: when it was recorded (pending), claimed (in flight), when
 *     the last attempt ended (sent, failed), or when it was given up (expired)
 * @param leaseUntil until when the sender that claimed the attempt owns it; after that the resend job may
 *     take it over. Set exactly while in flight
 * @param retryAt when the resend job may make the next attempt of a failed delivery: the sender sets it
 *     when the attempt fails, later after each failure (see {@code Monetization.Builder.deliveryRetryDelays}).
 *     Null when not failed, and for a delivery that failed before retry delays were recorded, which is due at
 *     once
 */
public record NotificationDelivery(
    long notificationId,
    String channel,
    Status status,
    int attempts,
    @Nullable String detail,
    Instant at,
    @Nullable Instant leaseUntil,
    @Nullable Instant retryAt) {

  /** Where a delivery stands. */
  public enum Status {
    /** Recorded with the notification; no attempt was claimed yet. */
    PENDING,
    /** A sender claimed an attempt and holds it until its lease expires. */
    IN_FLIGHT,
    /** The channel accepted the notification. Final. */
    SENT,
    /**
     * The last attempt failed: the channel threw, no channel of that name is registered, the group is gone,
     * or a sender's lease expired without an outcome at the maximum of attempts. The resend job retries it
     * while {@link #attempts()} is below its maximum; at the maximum it is given up and stays failed.
     */
    FAILED,
    /**
     * Given up unsent because its notification had become older than the resend job's maximum age (see
     * {@link RedeliveryRequest#maxAge()}): a credit notification that old no longer tells the customer where
     * the balance stands. Final, whatever a later request's maximum age: it is never claimed again. Keeps the
     * attempts made (0 if none was); {@link #detail()} says why it expired.
     */
    EXPIRED
  }

  /**
   * Checks the parts are present and consistent with the status.
   *
   * @throws IllegalArgumentException if the attempts are negative, a pending delivery has attempts or a
   *     detail, a claimed one (in flight, sent or failed) has none, an expired one has no detail, a lease is
   *     set outside {@link Status#IN_FLIGHT} or missing in it, a retry time is set outside {@link
   *     Status#FAILED}, or a sent one has a detail
   */
  public NotificationDelivery {
    requireNonNull(channel, "channel");
    requireNonNull(status, "status");
    requireNonNull(at, "at");
    checkArgument(attempts >= 0, "attempts must not be negative: %s", attempts);
    checkArgument(switch (status) {
          case PENDING -> attempts == 0 && detail == null;
          case EXPIRED -> detail != null;
          case IN_FLIGHT, SENT, FAILED -> attempts >= 1;
        }, "a pending delivery has no attempt nor failure, an expired one says why, any other has at least one"
            + " attempt: %s with %s attempts", status, attempts);
    checkArgument((status == Status.IN_FLIGHT) == (leaseUntil != null),
        "a delivery has a lease exactly while it is in flight: %s", status);
    checkArgument(status != Status.SENT || detail == null, "a sent delivery has no failure detail");
    checkArgument(status == Status.FAILED || retryAt == null, "only a failed delivery has a retry time: %s",
        status);
  }

  /**
   * Returns the delivery a command records with its notification, before any attempt.
   *
   * @param notificationId the notification
   * @param channel the channel's name
   * @param at when the notification was recorded
   * @return the pending delivery
   */
  public static NotificationDelivery pending(long notificationId, String channel, Instant at) {
    return new NotificationDelivery(notificationId, channel, Status.PENDING, 0, null, at, null, null);
  }

  /**
   * Returns this delivery claimed for one more attempt: in flight, its attempts one higher, leased until the
   * given instant. The failure detail of a previous attempt is kept until the new attempt ends.
   *
   * @param now when the attempt is claimed
   * @param until when the lease ends, after {@code now}
   * @return the claimed delivery
   * @throws IllegalStateException if this delivery was sent or expired
   * @throws IllegalArgumentException if the lease does not end after {@code now}
   */
  public NotificationDelivery claimed(Instant now, Instant until) {
    requireOpen();
    checkArgument(until.isAfter(now), "a lease must end after it starts: %s, %s", now, until);
    return new NotificationDelivery(
        notificationId, channel, Status.IN_FLIGHT, attempts + 1, detail, now, until, null);
  }

  /**
   * Returns the outcome of the claimed attempt when the channel accepted the notification.
   *
   * @param now when the attempt ended
   * @return the sent delivery, with this attempt count
   * @throws IllegalStateException if this delivery is not in flight
   */
  public NotificationDelivery sent(Instant now) {
    requireInFlight();
    return new NotificationDelivery(notificationId, channel, Status.SENT, attempts, null, now, null, null);
  }

  /**
   * Returns the outcome of the claimed attempt when it failed.
   *
   * @param failure why, free of the notification's content and of the destination's secrets
   * @param now when the attempt ended
   * @param retryAt when the next attempt may be made, not before {@code now}
   * @return the failed delivery, with this attempt count
   * @throws IllegalStateException if this delivery is not in flight
   * @throws IllegalArgumentException if the retry time is before {@code now}
   */
  public NotificationDelivery failed(String failure, Instant now, Instant retryAt) {
    requireInFlight();
    requireNonNull(failure, "failure");
    checkArgument(!retryAt.isBefore(now), "a retry cannot be due before the failure: %s, %s", now, retryAt);
    return new NotificationDelivery(notificationId, channel, Status.FAILED, attempts, failure, now, null, retryAt);
  }

  /**
   * Returns this delivery given up unsent because its notification is too old: expired, with its attempt
   * count, the reason as its detail (replacing a previous failure's) and {@code now} as its time.
   *
   * @param reason why it expired
   * @param now when it was given up
   * @return the expired delivery
   * @throws IllegalStateException if this delivery was sent or expired, or is in flight under a lease that
   *     runs past {@code now} (its sender still owns the attempt)
   */
  public NotificationDelivery expired(String reason, Instant now) {
    requireOpen();
    requireNonNull(reason, "reason");
    if (status == Status.IN_FLIGHT && !leaseExpiredAt(now)) {
      throw new IllegalStateException("the delivery of notification " + notificationId + " through " + channel
          + " is leased until " + leaseUntil);
    }
    return new NotificationDelivery(notificationId, channel, Status.EXPIRED, attempts, reason, now, null, null);
  }

  /**
   * Returns whether a failed delivery's next attempt is due at an instant: it failed, and its retry time
   * (if it has one) is at or before that instant.
   *
   * @param now the instant
   * @return whether the resend job may retry it, attempts permitting
   */
  public boolean retryDueAt(Instant now) {
    return status == Status.FAILED && (retryAt == null || !retryAt.isAfter(now));
  }

  /**
   * Returns whether a sender's lease on this delivery has run out at an instant: it is in flight and its
   * lease ended at or before that instant.
   *
   * @param now the instant
   * @return whether another sender may take the attempt over
   */
  public boolean leaseExpiredAt(Instant now) {
    return leaseUntil != null && !leaseUntil.isAfter(now);
  }

  /** Refuses a change of a delivery that has reached a final status. */
  private void requireOpen() {
    if (status == Status.SENT || status == Status.EXPIRED) {
      throw new IllegalStateException("the delivery of notification " + notificationId + " through " + channel
          + " is " + status);
    }
  }

  private void requireInFlight() {
    if (status != Status.IN_FLIGHT) {
      throw new IllegalStateException(
          "the delivery of notification " + notificationId + " through " + channel + " is " + status
              + ", not in flight");
    }
  }
}
