package org.monetization.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.monetization.balance.BalanceGroupId;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;

/**
 * Stores recorded notifications (append-only) and their deliveries, one per notification and channel: the
 * outbox from which they are sent. A delivery changes only through {@link #claim} and {@link #recordOutcome},
 * each a compare-and-set on the stored delivery that exactly one of several concurrent callers wins, also
 * across processes sharing the storage, and through {@link #expire}, which gives up stale ones.
 */
public interface NotificationRepository {

  /** Returns a new notification id, greater than every id handed out before. */
  long nextId();

  /**
   * Appends a notification.
   *
   * @param notification the notification
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the id is taken
   */
  void insert(Notification notification);

  /**
   * Returns a notification.
   *
   * @param id the notification's id
   * @return the notification, if one has the id
   */
  Optional<Notification> find(long id);

  /**
   * Returns the notifications of a group, by id.
   *
   * @param groupId the group
   * @return the notifications
   */
  List<Notification> ofGroup(BalanceGroupId groupId);

  /**
   * Adds a delivery: a pending one, in the transaction that inserts its notification.
   *
   * @param delivery the delivery
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the notification already
   *     has a delivery for that channel
   */
  void insertDelivery(NotificationDelivery delivery);

  /**
   * Returns the deliveries of a notification, by channel name.
   *
   * @param notificationId the notification
   * @return the deliveries
   */
  List<NotificationDelivery> deliveries(long notificationId);

  /**
   * Returns the deliveries a resend job may claim, at most {@code limit}: those {@code PENDING} that took
   * their status before {@code pendingBefore}, those {@code FAILED} with fewer than {@code maxAttempts}
   * attempts whose retry time is at or before {@code now} (or unset: {@link
   * NotificationDelivery#retryDueAt}), and those {@code IN_FLIGHT} whose lease ended at or before {@code
   * now}; oldest first by {@link NotificationDelivery#at()}, then by notification id and channel name. A
   * query; nothing is claimed.
   *
   * @param pendingBefore pending deliveries are returned when they took their status strictly before this
   * @param now in-flight deliveries are returned when their lease ended at or before this, failed ones
   *     when their retry time is at or before this
   * @param maxAttempts failed deliveries are returned when they have fewer attempts than this, at least 1
   * @param limit how many to return at most, at least 1
   * @return the deliveries
   */
  List<NotificationDelivery> redeliverable(Instant pendingBefore, Instant now, int maxAttempts, int limit);

  /**
   * Claims one attempt of a delivery if it is still as the caller saw it: stored with the status and attempt
   * count of {@code seen}, that status neither {@code SENT} nor {@code EXPIRED}, and without a lease or with
   * one that ended at or before {@code claimed.at()}. The delivery is then stored as {@code claimed}, which
   * must be {@code seen.claimed(now, until)}. Of several callers claiming the same delivery at once, in this
   * or other processes, exactly one succeeds; the others get false, also while the winner's transaction is
   * still open (they wait for it, or fail as a conflict). Runs in the caller's transaction: the claim holds
   * from its commit.
   *
   * @param seen the delivery as the caller read or recorded it
   * @param claimed the delivery to store: {@code IN_FLIGHT}, one attempt more than {@code seen}, leased
   * @return whether this call claimed the attempt; false if the delivery changed, is leased, sent, expired or
   *     missing
   * @throws IllegalArgumentException if {@code claimed} is not a claim of {@code seen}
   */
  boolean claim(NotificationDelivery seen, NotificationDelivery claimed);

  /**
   * Ends an attempt: stores {@code outcome} ({@code SENT} or {@code FAILED}) if the stored delivery is still
   * {@code IN_FLIGHT} with the outcome's attempt count, that is still the attempt the caller claimed. It
   * is not, and nothing is written, when another sender took the attempt over after the lease expired, or
   * ended it. Runs in the caller's transaction, and races like {@link #claim}.
   *
   * @param outcome the delivery after the attempt
   * @return whether the outcome was stored
   * @throws IllegalArgumentException if the outcome is neither sent nor failed
   */
  boolean recordOutcome(NotificationDelivery outcome);

  /**
   * Gives up the deliveries of stale notifications, those that occurred ({@link Notification#occurredAt()})
   * strictly before {@code recordedBefore}, that a resend job would otherwise attempt: every such delivery
   * {@code PENDING}, {@code FAILED} with fewer than {@code maxAttempts} attempts (whether its retry time has
   * come or not), or {@code IN_FLIGHT} under a lease that ended at or before {@code now} is stored as {@link
   * NotificationDelivery#expired(String, Instant) expired(reason, now)}. Deliveries {@code SENT}, {@code
   * EXPIRED}, {@code FAILED} at or above the maximum, and in flight under a running lease are left as they
   * are. Runs in the caller's transaction, as one set-based write of every stale delivery (not a read and a
   * write per delivery), and is a compare-and-set like {@link #claim}: of this and a concurrent claim or
   * outcome of one delivery, one wins and the other finds the delivery changed.
   *
   * @param recordedBefore deliveries of notifications that occurred strictly before this are stale
   * @param now the time the expired deliveries take; in-flight ones are stale when their lease ended at or
   *     before it
   * @param maxAttempts failed deliveries are stale when they have fewer attempts than this, at least 1 (the
   *     others are given up already, as the resend job's selection leaves them)
   * @param reason the detail of every expired delivery: why it was given up
   * @return the number of deliveries expired
   */
  int expire(Instant recordedBefore, Instant now, int maxAttempts, String reason);

  /**
   * Deletes the notifications of a group with their deliveries, whatever their status, for the purge of
   * a closed account (CUS-8).
   *
   * @param groupId the group
   * @return the number of notifications deleted
   */
  int deleteOfGroup(BalanceGroupId groupId);
}
