package org.monetization.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.toSet;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.monetization.balance.BalanceGroupId;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.spi.CreditProfileRepository;
import org.monetization.spi.NotificationRepository;

/**
 * Credit profiles, notifications and their deliveries in memory. A claim or an outcome compares and sets the
 * stored delivery inside the caller's transaction, which holds the store's write lock: the comparison and the
 * write are one step for every other transaction.
 */
final class InMemoryNotificationRepositories {
  private InMemoryNotificationRepositories() {}

  static final class Profiles implements CreditProfileRepository {
    private final Table<Long, CreditProfile> table;

    Profiles(TransactionLog transactions) {
      this.table = new Table<>(transactions, "credit profile of group");
    }

    @Override
    public Optional<CreditProfile> find(BalanceGroupId groupId) {
      return table.find(groupId.value());
    }

    @Override
    public void save(CreditProfile profile) {
      table.put(profile.groupId().value(), profile);
    }

    @Override
    public void delete(BalanceGroupId groupId) {
      table.delete(groupId.value());
    }
  }

  static final class Notifications implements NotificationRepository {
    private static final Comparator<NotificationDelivery> OLDEST_FIRST =
        Comparator.comparing(NotificationDelivery::at)
            .thenComparingLong(NotificationDelivery::notificationId)
            .thenComparing(NotificationDelivery::channel);

    private final Table<Long, Notification> table;
    private final Table<String, NotificationDelivery> deliveries;
    private final AtomicLong sequence = new AtomicLong();

    Notifications(TransactionLog transactions) {
      this.table = new Table<>(transactions, "notification");
      this.deliveries = new Table<>(transactions, "delivery");
    }

    @Override
    public long nextId() {
      return sequence.incrementAndGet();
    }

    @Override
    public void insert(Notification notification) {
      table.insert(notification.id(), notification);
    }

    @Override
    public Optional<Notification> find(long id) {
      return table.find(id);
    }

    @Override
    public List<Notification> ofGroup(BalanceGroupId groupId) {
      return table.select(n -> n.groupId().equals(groupId));
    }

    @Override
    public int deleteOfGroup(BalanceGroupId groupId) {
      Set<Long> ids =
          table.select(n -> n.groupId().equals(groupId)).stream().map(Notification::id).collect(toSet());
      deliveries.deleteWhere(d -> ids.contains(d.notificationId()));
      ids.forEach(table::delete);
      return ids.size();
    }

    @Override
    public void insertDelivery(NotificationDelivery delivery) {
      deliveries.insert(key(delivery.notificationId(), delivery.channel()), delivery);
    }

    @Override
    public List<NotificationDelivery> deliveries(long notificationId) {
      return deliveries.select(d -> d.notificationId() == notificationId);
    }

    @Override
    public List<NotificationDelivery> redeliverable(Instant pendingBefore, Instant now, int maxAttempts, int limit) {
      checkArgument(maxAttempts >= 1, "maxAttempts must be at least 1: %s", maxAttempts);
      checkArgument(limit >= 1, "limit must be at least 1: %s", limit);
      return deliveries.select(d -> switch (d.status()) {
            case PENDING -> d.at().isBefore(pendingBefore);
            case FAILED -> d.attempts() < maxAttempts && d.retryDueAt(now);
            case IN_FLIGHT -> d.leaseExpiredAt(now);
            case SENT, EXPIRED -> false;
          }).stream()
          .sorted(OLDEST_FIRST)
          .limit(limit)
          .toList();
    }

    @Override
    public boolean claim(NotificationDelivery seen, NotificationDelivery claimed) {
      checkArgument(claimed.notificationId() == seen.notificationId() && claimed.channel().equals(seen.channel())
              && claimed.status() == NotificationDelivery.Status.IN_FLIGHT && claimed.attempts() == seen.attempts() + 1,
          "not a claim of the delivery seen: %s, %s", seen, claimed);
      String key = key(seen.notificationId(), seen.channel());
      NotificationDelivery stored = deliveries.find(key).orElse(null);
      if (stored == null
          || stored.status() == NotificationDelivery.Status.SENT
          || stored.status() == NotificationDelivery.Status.EXPIRED
          || stored.status() != seen.status()
          || stored.attempts() != seen.attempts()
          || (stored.leaseUntil() != null && !stored.leaseExpiredAt(claimed.at()))) {
        return false;
      }
      deliveries.put(key, claimed);
      return true;
    }

    @Override
    public boolean recordOutcome(NotificationDelivery outcome) {
      checkArgument(outcome.status() == NotificationDelivery.Status.SENT
          || outcome.status() == NotificationDelivery.Status.FAILED, "not an outcome: %s", outcome.status());
      String key = key(outcome.notificationId(), outcome.channel());
      NotificationDelivery stored = deliveries.find(key).orElse(null);
      if (stored == null
          || stored.status() != NotificationDelivery.Status.IN_FLIGHT
          || stored.attempts() != outcome.attempts()) {
        return false;
      }
      deliveries.put(key, outcome);
      return true;
    }

    @Override
    public int expire(Instant recordedBefore, Instant now, int maxAttempts, String reason) {
      checkArgument(maxAttempts >= 1, "maxAttempts must be at least 1: %s", maxAttempts);
      requireNonNull(reason, "reason");
      List<NotificationDelivery> stale = deliveries.select(d -> switch (d.status()) {
            case PENDING -> true;
            case FAILED -> d.attempts() < maxAttempts;
            case IN_FLIGHT -> d.leaseExpiredAt(now);
            case SENT, EXPIRED -> false;
          } && table.find(d.notificationId()).filter(n -> n.occurredAt().isBefore(recordedBefore)).isPresent());
      for (NotificationDelivery delivery : stale) {
        deliveries.put(key(delivery.notificationId(), delivery.channel()), delivery.expired(reason, now));
      }
      return stale.size();
    }

    /**
     * The key of a delivery, unique per notification and channel. A notification's keys share their prefix, so
     * its deliveries sort by channel name in {@code String.compareTo} order, as {@link #deliveries} returns them.
     */
    private static String key(long notificationId, String channel) {
      return notificationId + "/" + channel;
    }
  }
}
