package org.monetization.notification;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of sending one notification through one channel, recorded after the attempt: at most one per
 * notification and channel. Immutable.
 *
 * @param notificationId the notification sent
 * @param channel the channel's name
 * @param status whether the channel accepted it
 * @param detail why it failed (an exception's type and message, free of the message's content); null when sent
 * @param at when the attempt ended
 */
public record NotificationDelivery(
    long notificationId, String channel, Status status, @Nullable String detail, Instant at) {

  /** Whether a channel accepted a notification. */
  public enum Status {
    /** The channel accepted the notification. */
    SENT,
    /** The channel failed, or no channel of that name is configured any more. */
    FAILED
  }

  /** Checks the mandatory parts are present. */
  public NotificationDelivery {
    requireNonNull(channel, "channel");
    requireNonNull(status, "status");
    requireNonNull(at, "at");
  }
}
