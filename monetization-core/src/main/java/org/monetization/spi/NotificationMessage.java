package org.monetization.spi;

import static java.util.Objects.requireNonNull;

import org.monetization.customer.CustomerId;
import org.monetization.notification.Notification;

/**
 * What a {@link NotificationChannel} is asked to send: the recorded notification and whose it is. Immutable.
 *
 * @param notification the notification (group, type, threshold, level, value at crossing, time)
 * @param customerId the customer owning the notification's balance group
 * @param channel the name of the channel asked, as the credit profile names it
 */
public record NotificationMessage(Notification notification, CustomerId customerId, String channel) {

  /** Checks every part is present. */
  public NotificationMessage {
    requireNonNull(notification, "notification");
    requireNonNull(customerId, "customerId");
    requireNonNull(channel, "channel");
  }
}
