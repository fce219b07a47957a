package org.monetization.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.GroupBalances;
import org.monetization.event.DomainEvent;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.NotificationEvent;
import org.monetization.notification.NotificationType;
import org.monetization.notification.Threshold;
import org.monetization.spi.Store;

/**
 * Detects credit-profile threshold crossings (BAL-9) when a command changes a group's balances: for each
 * threshold of the group's profile, a crossing is an available amount above the level before the command
 * and at or below it after. Each crossing is recorded as a {@link Notification} in the command's
 * transaction, with a pending {@link NotificationDelivery} per channel (the outbox: a process that stops
 * after the commit leaves them for the resend job) and a {@link NotificationEvent.Recorded} event that
 * sends them after commit. Comparing the
 * command's before and after states, not each event, gives one notification per crossing whatever the
 * number of events in a batch; a rolled-back or retried attempt takes its notifications and events with it.
 * Thread-safe.
 */
public final class CreditWatch {
  private final Store store;

  /**
   * Creates the watch.
   *
   * @param store where profiles and notifications live
   */
  public CreditWatch(Store store) {
    this.store = requireNonNull(store, "store");
  }

  /**
   * Records the crossings between two states of one group, each with its pending deliveries; groups without
   * a credit profile cost one keyed lookup.
   *
   * @param before the group's balances as the command loaded them
   * @param after the group's balances as the command saves them
   * @param now the command's instant: both states are totalled over the balances valid then
   * @param events the command's domain events, which receive one {@link NotificationEvent.Recorded} per crossing
   */
  public void check(GroupBalances before, GroupBalances after, Instant now, List<DomainEvent> events) {
    BalanceGroupId groupId = after.groupId();
    Optional<CreditProfile> found = store.creditProfiles().find(groupId);
    if (found.isEmpty()) {
      return;
    }
    CreditProfile profile = found.get();
    Map<String, BigDecimal> was = available(before, now);
    Map<String, BigDecimal> is = available(after, now);
    for (Threshold threshold : profile.thresholds()) {
      BigDecimal level = threshold.level();
      BigDecimal previous = was.getOrDefault(threshold.resource(), BigDecimal.ZERO);
      BigDecimal current = is.getOrDefault(threshold.resource(), BigDecimal.ZERO);
      if (previous.compareTo(level) > 0 && current.compareTo(level) <= 0) {
        NotificationType type = level.signum() <= 0 ? NotificationType.EXHAUSTED : NotificationType.THRESHOLD_REACHED;
        Notification notification = new Notification(store.notifications().nextId(), groupId, type, threshold,
            level, current, profile.channels(), now);
        store.notifications().insert(notification);
        for (String channel : notification.channels()) {
          store.notifications().insertDelivery(NotificationDelivery.pending(notification.id(), channel, now));
        }
        events.add(new NotificationEvent.Recorded(groupId, notification, now));
      }
    }
  }

  /** The available amount per resource: the valid balances' sum with its sign flipped (BAL-2). */
  private static Map<String, BigDecimal> available(GroupBalances balances, Instant now) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (Balance balance : balances.balances()) {
      if (balance.isValidAt(now)) {
        sums.merge(balance.resource(), balance.amount().negate(), BigDecimal::add);
      }
    }
    return sums;
  }
}
