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
 * {@link NotificationDelivery} per channel of the profile (a transactional outbox), and sent after commit
 * through the profile's channels: the SDK claims each pending delivery, sends it and records the outcome.
 * Going back above the level (a top-up) re-arms the threshold. Thread-safe.
 *
 * <pre>{@code
 * monetization.notifications().defineCreditProfile(new CreditProfile(groupId,
 *     List.of(Threshold.amount("EUR", new BigDecimal("5.00"))), List.of("webhook")));
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
}
