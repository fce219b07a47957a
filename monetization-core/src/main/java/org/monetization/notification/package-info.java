/**
 * Credit-profile notifications (CFG-8, BAL-9): a balance group's {@link org.monetization.notification.CreditProfile}
 * sets thresholds per resource on the available amount; a command that takes the amount from above a threshold
 * to at or below it records one {@link org.monetization.notification.Notification} in its own transaction, and
 * the notification is sent once, after commit, through the channels the profile names.
 */
@NullMarked
package org.monetization.notification;

import org.jspecify.annotations.NullMarked;
