package org.monetization.notification;

import java.util.List;
import java.util.Optional;
import org.monetization.balance.BalanceGroupId;
import org.monetization.error.ConflictException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;

/**
 * Credit profiles and the notifications their thresholds produce (CFG-8, BAL-9). A command that changes a
 * group's balances (a rated batch, a manual balance, an adjustment) compares each watched resource's
 * available amount before and after it; each threshold it takes from above its level to at or below it is
 * recorded as one {@link Notification} in the command's transaction, together with one pending
 * {@link NotificationDelivery} per channel of the profile (a transactional outbox). Going back above the level
 * (a top-up) re-arms the threshold.
 *
 * <p>Once the command committed, the SDK claims each pending delivery, sends it through its channel and
 * records the outcome. What a stopped process left pending or in flight, and what failed, is sent by
 * {@link #redeliver(RedeliveryRequest)}, which the host calls from its own scheduler. Claims are
 * compare-and-set operations on the stored delivery, so the after-commit dispatch and resend jobs on any
 * number of nodes never send one attempt twice; delivery is at least once across a process stopping after a
 * channel accepted a notification and before that was recorded (see {@link NotificationDelivery}).
 * Thread-safe.
 *
 * <pre>{@code
 * monetization.notifications().defineCreditProfile(new CreditProfile(groupId,
 *     List.of(Threshold.amount("EUR", new BigDecimal("5.00"))), List.of("webhook")));
 * // and in the host's scheduler:
 * monetization.notifications().redeliver(RedeliveryRequest.of(100));
 * }</pre>
 */
public interface Notifications {

  /**
   * Defines the credit profile of a group, replacing any it had. Crossings are detected from the next
   * command on.
   *
   * @param profile the profile
   * @return the stored profile
   * @throws ValidationException naming every bad field: no threshold, an unknown resource, a negative value,
   *     an amount, limit or level with more decimals than the resource's scale or 18 digits or more, a
   *     percentage above 100 or without a positive limit, a limit on a fixed amount, two thresholds at the same
   *     level, no channel, an unknown or a repeated one
   * @throws NotFoundException if the group does not exist
   * @throws ConflictException with reason {@code DUPLICATE} if another command defined the group's first
   *     profile at the same time (a storage key decides); defining it again replaces that one
   */
  CreditProfile defineCreditProfile(CreditProfile profile);

  /**
   * Removes the credit profile of a group, if it has one; its recorded notifications stay.
   *
   * @param groupId the group
   * @throws NotFoundException if the group does not exist
   */
  void removeCreditProfile(BalanceGroupId groupId);

  /**
   * Returns the credit profile of a group.
   *
   * @param groupId the group
   * @return the profile, if one is defined
   */
  Optional<CreditProfile> creditProfile(BalanceGroupId groupId);

  /**
   * Returns the notifications recorded for a group, oldest first.
   *
   * @param groupId the group
   * @return the notifications
   * @throws NotFoundException if the group does not exist
   */
  List<Notification> notifications(BalanceGroupId groupId);

  /**
   * Returns the deliveries of a notification, one per channel of its profile, as they stand.
   *
   * @param notificationId the notification
   * @return the deliveries, by channel name; empty for an unknown notification
   */
  List<NotificationDelivery> deliveries(long notificationId);

  /**
   * Sends the deliveries that are due again (the resend job): at most {@code request.limit()}, oldest first
   * by the time they took their status, among those {@link NotificationDelivery.Status#PENDING} for longer
   * than the grace period, {@link NotificationDelivery.Status#FAILED} fewer than {@code maxAttempts} times,
   * and {@link NotificationDelivery.Status#IN_FLIGHT} under a lease that has expired (their sender stopped).
   * Each is claimed for one attempt, sent through its channel and marked sent or failed, one after the
   * other in the calling thread; a lease that expired at the maximum of attempts is marked failed without
   * sending. Before selecting, the run gives up every such delivery whose notification was recorded longer
   * than {@code request.maxAge()} ago (24 hours by default), whatever the limit: it is marked {@link
   * NotificationDelivery.Status#EXPIRED}, for good, and never sent, since a credit notification that old is
   * stale. A delivery another sender claimed first is skipped. Safe to run at the same time on several
   * nodes and concurrently with commands; a run that stops midway leaves its claimed attempt to a later run
   * once the lease expires. A channel's failure is counted and recorded, never thrown.
   *
   * <p>A run attempts each selected delivery once: retries of a failing channel are spaced by the host's
   * schedule, so the maximum of attempts times the period is how long a channel may be down before its
   * notifications are given up.
   *
   * <pre>{@code
   * scheduler.scheduleAtFixedRate(
   *     () -> notifications.redeliver(RedeliveryRequest.of(100).withMaxAttempts(8)), 1, 5, TimeUnit.MINUTES);
   * }</pre>
   *
   * @param request how many, how often, after how long, and until when
   * @return what this run did
   * @throws ValidationException naming every bad field: a limit outside 1 to {@value
   *     RedeliveryRequest#MAX_LIMIT}, a maximum of attempts below 1, a grace period missing or outside zero
   *     to {@link RedeliveryRequest#MAX_PENDING_GRACE}, a maximum age missing, not longer than the grace
   *     period or longer than {@link RedeliveryRequest#LONGEST_MAX_AGE}; nothing was expired, claimed or sent
   * @throws org.monetization.error.MonetizationException if the store failed while expiring or selecting
   *     (nothing was sent then); an attempt whose claim or outcome could not be stored is left to a later
   *     run
   */
  RedeliveryReport redeliver(RedeliveryRequest request);
}
