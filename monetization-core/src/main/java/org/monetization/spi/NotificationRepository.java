package org.monetization.spi;

import java.util.List;
import org.monetization.balance.BalanceGroupId;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;

/** Stores recorded notifications (append-only) and the outcome of sending each through each channel. */
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
   * Returns the notifications of a group, by id.
   *
   * @param groupId the group
   * @return the notifications
   */
  List<Notification> ofGroup(BalanceGroupId groupId);

  /**
   * Records the outcome of sending a notification through a channel.
   *
   * @param delivery the outcome
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
}
