/**
 * Credit-profile notifications (CFG-8, BAL-9): a balance group's {@link org.monetization.notification.CreditProfile}
 * sets thresholds per resource on the available amount; a command that takes the amount from above a threshold
 * to at or below it records one {@link org.monetization.notification.Notification} in its own transaction, with
 * a pending {@link org.monetization.notification.NotificationDelivery} per channel the profile names (an
 * outbox); the deliveries are sent after commit, and what a stopped process left or a channel failed is sent
 * by the resend job, {@link org.monetization.notification.Notifications#redeliver}.
 */
@NullMarked
package org.monetization.notification;

import org.jspecify.annotations.NullMarked;
