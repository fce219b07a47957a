package org.monetization.inmemory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.monetization.balance.BalanceGroupId;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.spi.CreditProfileRepository;
import org.monetization.spi.NotificationRepository;

/** Credit profiles, notifications and their deliveries in memory. */
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
    public List<Notification> ofGroup(BalanceGroupId groupId) {
      return table.select(n -> n.groupId().equals(groupId));
    }

    @Override
    public void insertDelivery(NotificationDelivery delivery) {
      deliveries.insert(key(delivery.notificationId(), delivery.channel()), delivery);
    }

    @Override
    public List<NotificationDelivery> deliveries(long notificationId) {
      return deliveries.select(d -> d.notificationId() == notificationId);
    }

    /** Rows sort by notification, then channel name in {@code String.compareTo} order. */
    private static String key(long notificationId, String channel) {
      return notificationId + "/" + channel;
    }
  }
}
