package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import org.monetization.balance.BalanceGroupId;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.spi.NotificationRepository;

/**
 * Notifications in {@code mon_notification} (inserted, never changed; ids from the sequence
 * {@value #SEQUENCE}; a group's read in id order through the index on (group, id)) and their deliveries in
 * {@code mon_notification_delivery}, whose primary key (notification, channel) refuses a second delivery
 * ({@code ConflictException(DUPLICATE)} at the flush or commit). Thread-safe.
 */
public final class JpaNotificationRepository implements NotificationRepository {
  /** The sequence notification ids come from. */
  public static final String SEQUENCE = "mon_notification_id_seq";

  private final JpaTransactions transactions;
  private final IdSequence ids;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   * @param ids the sequence {@value #SEQUENCE}
   */
  public JpaNotificationRepository(JpaTransactions transactions, IdSequence ids) {
    this.transactions = requireNonNull(transactions, "transactions");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public long nextId() {
    return ids.next(transactions);
  }

  @Override
  public void insert(Notification notification) {
    NotificationEntity entity = NotificationEntity.of(requireNonNull(notification, "notification"));
    transactions.write(entityManager -> {
      entityManager.persist(entity);
      return null;
    });
  }

  @Override
  public List<Notification> ofGroup(BalanceGroupId groupId) {
    requireNonNull(groupId, "groupId");
    return transactions.read(entityManager -> entityManager
        .createQuery("select n from NotificationEntity n where n.groupId = :group order by n.id",
            NotificationEntity.class)
        .setParameter("group", groupId.value())
        .getResultStream()
        .map(NotificationEntity::toNotification)
        .toList());
  }

  @Override
  public void insertDelivery(NotificationDelivery delivery) {
    NotificationDeliveryEntity entity = NotificationDeliveryEntity.of(requireNonNull(delivery, "delivery"));
    transactions.write(entityManager -> {
      entityManager.persist(entity);
      return null;
    });
  }

  @Override
  public List<NotificationDelivery> deliveries(long notificationId) {
    // Sorted in Java: a database collation may order channel names differently from String.compareTo.
    return transactions.read(entityManager -> entityManager
        .createQuery("select d from NotificationDeliveryEntity d where d.key.notificationId = :id",
            NotificationDeliveryEntity.class)
        .setParameter("id", notificationId)
        .getResultStream()
        .map(NotificationDeliveryEntity::toDelivery)
        .sorted(Comparator.comparing(NotificationDelivery::channel))
        .toList());
  }
}
