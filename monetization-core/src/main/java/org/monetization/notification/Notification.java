package org.monetization.notification;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.monetization.balance.BalanceGroupId;

/**
 * A recorded threshold crossing (BAL-9): the command that took a resource's available amount from above a
 * threshold's level to at or below it. Recorded in that command's transaction with a pending
 * {@link NotificationDelivery} per channel, never changed, and sent through its channels after commit (at
 * least once; see {@link Notifications}). Immutable.
 *
 * @param id the notification's id, increasing
 * @param groupId the balance group
 * @param type what it reports
 * @param threshold the threshold crossed (its resource is the notification's)
 * @param level the threshold's level when it was crossed
 * @param value the available amount right after the crossing
 * @param channels the channels it is sent through, as named by the credit profile
 * @param occurredAt when it was crossed, read from the SDK's clock
 */
public record Notification(
    long id,
    BalanceGroupId groupId,
    NotificationType type,
    Threshold threshold,
    BigDecimal level,
    BigDecimal value,
    List<String> channels,
    Instant occurredAt) {

  /** Checks the parts are present and copies the channels. */
  public Notification {
    requireNonNull(groupId, "groupId");
    requireNonNull(type, "type");
    requireNonNull(threshold, "threshold");
    requireNonNull(level, "level");
    requireNonNull(value, "value");
    channels = List.copyOf(channels);
    requireNonNull(occurredAt, "occurredAt");
  }

  /** Returns the code of the resource whose threshold was crossed. */
  public String resource() {
    return threshold.resource();
  }
}
