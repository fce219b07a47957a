package org.monetization.jpa.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.monetization.balance.BalanceGroupId;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.NotificationDelivery.Status;
import org.monetization.spi.NotificationRepository;

/**
 * Notifications in {@code mon_notification} (inserted, never changed; ids from the sequence
 * {@value #SEQUENCE}; a group's read in id order through the index on (group, id)) and their deliveries in
 * {@code mon_notification_delivery}, whose primary key (notification, channel) refuses a second delivery
 * ({@code ConflictException(DUPLICATE)} at the flush or commit). A claim and an outcome are each one
 * conditional {@code UPDATE} of the delivery's row, whose {@code WHERE} holds the expected status and attempt
 * count: the database locks the row for the first updater until its transaction ends, and a concurrent
 * updater then finds the condition false (PostgreSQL's read committed and MariaDB's locking reads re-read the
 * committed row) and updates nothing. The resend job's selection is three queries, one per status, each served
 * by the index on (status, attempts, delivered_at) of V9, and so are the three updates that expire stale
 * deliveries before it. Thread-safe.
 */
public final class JpaNotificationRepository implements NotificationRepository {
  /** The sequence notification ids come from. */
  public static final String SEQUENCE = "mon_notification_id_seq";

  private static final Comparator<NotificationDelivery> OLDEST_FIRST =
      Comparator.comparing(NotificationDelivery::at)
          .thenComparingLong(NotificationDelivery::notificationId)
          .thenComparing(NotificationDelivery::channel);

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
  public Optional<Notification> find(long id) {
    return transactions.read(entityManager ->
        Optional.ofNullable(entityManager.find(NotificationEntity.class, id)).map(NotificationEntity::toNotification));
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

  @Override
  public List<NotificationDelivery> redeliverable(Instant pendingBefore, Instant now, int maxAttempts, int limit) {
    requireNonNull(pendingBefore, "pendingBefore");
    requireNonNull(now, "now");
    checkArgument(maxAttempts >= 1, "maxAttempts must be at least 1: %s", maxAttempts);
    checkArgument(limit >= 1, "limit must be at least 1: %s", limit);
    return transactions.read(entityManager -> {
      List<NotificationDelivery> due = new ArrayList<>();
      due.addAll(oldest(entityManager, "d.attempts = 0 and d.deliveredAt < :bound", Status.PENDING, limit)
          .setParameter("bound", pendingBefore).getResultStream().map(NotificationDeliveryEntity::toDelivery).toList());
      due.addAll(oldest(entityManager, "d.attempts < :bound and (d.retryAt is null or d.retryAt <= :now)",
              Status.FAILED, limit)
          .setParameter("bound", maxAttempts).setParameter("now", now)
          .getResultStream().map(NotificationDeliveryEntity::toDelivery).toList());
      due.addAll(oldest(entityManager, "d.leaseUntil <= :bound", Status.IN_FLIGHT, limit)
          .setParameter("bound", now).getResultStream().map(NotificationDeliveryEntity::toDelivery).toList());
      // Merged in Java, and channel names compared with String.compareTo whatever the database's collation.
      return due.stream().sorted(OLDEST_FIRST).limit(limit).toList();
    });
  }

  private static TypedQuery<NotificationDeliveryEntity> oldest(
      EntityManager entityManager, String condition, Status status, int limit) {
    return entityManager.createQuery("select d from NotificationDeliveryEntity d where d.status = :status and "
                + condition + " order by d.deliveredAt, d.key.notificationId, d.key.channel",
            NotificationDeliveryEntity.class)
        .setParameter("status", status.name())
        .setMaxResults(limit);
  }

  @Override
  public boolean claim(NotificationDelivery seen, NotificationDelivery claimed) {
    requireNonNull(seen, "seen");
    requireNonNull(claimed, "claimed");
    checkArgument(claimed.notificationId() == seen.notificationId() && claimed.channel().equals(seen.channel())
            && claimed.status() == Status.IN_FLIGHT && claimed.attempts() == seen.attempts() + 1,
        "not a claim of the delivery seen: %s, %s", seen, claimed);
    Instant at = StoredValues.instant(claimed.at());
    return transactions.write(entityManager -> entityManager.createQuery(
            "update NotificationDeliveryEntity d set d.status = :claimed, d.attempts = :next, d.deliveredAt = :at,"
                + " d.leaseUntil = :until, d.retryAt = null"
                + " where d.key.notificationId = :id and d.key.channel = :channel"
                + " and d.status = :seen and d.status not in (:sent, :expired) and d.attempts = :attempts"
                + " and (d.leaseUntil is null or d.leaseUntil <= :at)")
        .setParameter("claimed", Status.IN_FLIGHT.name())
        .setParameter("next", claimed.attempts())
        .setParameter("at", at)
        .setParameter("until", StoredValues.instant(requireNonNull(claimed.leaseUntil())))
        .setParameter("id", seen.notificationId())
        .setParameter("channel", seen.channel())
        .setParameter("seen", seen.status().name())
        .setParameter("sent", Status.SENT.name())
        .setParameter("expired", Status.EXPIRED.name())
        .setParameter("attempts", seen.attempts())
        .executeUpdate() == 1);
  }

  @Override
  public boolean recordOutcome(NotificationDelivery outcome) {
    requireNonNull(outcome, "outcome");
    checkArgument(outcome.status() == Status.SENT || outcome.status() == Status.FAILED,
        "not an outcome: %s", outcome.status());
    return transactions.write(entityManager -> entityManager.createQuery(
            "update NotificationDeliveryEntity d set d.status = :outcome, d.detail = :detail, d.deliveredAt = :at,"
                + " d.leaseUntil = null, d.retryAt = :retryAt"
                + " where d.key.notificationId = :id and d.key.channel = :channel"
                + " and d.status = :inFlight and d.attempts = :attempts")
        .setParameter("outcome", outcome.status().name())
        .setParameter("detail", outcome.detail())
        .setParameter("at", StoredValues.instant(outcome.at()))
        .setParameter("retryAt", StoredValues.nullableInstant(outcome.retryAt()))
        .setParameter("id", outcome.notificationId())
        .setParameter("channel", outcome.channel())
        .setParameter("inFlight", Status.IN_FLIGHT.name())
        .setParameter("attempts", outcome.attempts())
        .executeUpdate() == 1);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Three conditional {@code UPDATE}s, one per status, as the selection's three queries: each reads the
   * range of V9's index (status, attempts, delivered_at) that the selection reads, never the {@code SENT} or
   * given-up rows however many pile up, and checks each row's notification by its primary key ({@code
   * exists}). So a run costs what its selection costs, and a backlog of stale rows is expired in one run.
   */
  @Override
  public int expire(Instant recordedBefore, Instant now, int maxAttempts, String reason) {
    requireNonNull(recordedBefore, "recordedBefore");
    requireNonNull(now, "now");
    requireNonNull(reason, "reason");
    checkArgument(maxAttempts >= 1, "maxAttempts must be at least 1: %s", maxAttempts);
    Instant before = StoredValues.instant(recordedBefore);
    Instant at = StoredValues.instant(now);
    return transactions.write(entityManager ->
        stale(entityManager, Status.PENDING, "d.attempts = 0", before, at, reason).executeUpdate()
            + stale(entityManager, Status.FAILED, "d.attempts < :bound", before, at, reason)
                .setParameter("bound", maxAttempts).executeUpdate()
            + stale(entityManager, Status.IN_FLIGHT, "d.leaseUntil <= :bound", before, at, reason)
                .setParameter("bound", at).executeUpdate());
  }

  private static Query stale(
      EntityManager entityManager, Status status, String condition, Instant before, Instant at, String reason) {
    return entityManager.createQuery("update NotificationDeliveryEntity d set d.status = :expired,"
            + " d.detail = :reason, d.deliveredAt = :at, d.leaseUntil = null, d.retryAt = null"
            + " where d.status = :status and " + condition
            + " and exists (select n.id from NotificationEntity n where n.id = d.key.notificationId"
            + " and n.occurredAt < :before)")
        .setParameter("expired", Status.EXPIRED.name())
        .setParameter("reason", reason)
        .setParameter("at", at)
        .setParameter("status", status.name())
        .setParameter("before", before);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Two set-based deletes, the deliveries of the group's notifications and then the notifications,
   * through the index on (group, id) and the deliveries' primary key. The notifications' ids are read first:
   * the deliveries, which name their notification only, are deleted and detached by them.
   */
  @Override
  public int deleteOfGroup(BalanceGroupId groupId) {
    requireNonNull(groupId, "groupId");
    long group = groupId.value();
    return transactions.write(entityManager -> {
      Set<Long> ids = new HashSet<>(entityManager
          .createQuery("select n.id from NotificationEntity n where n.groupId = :group", Long.class)
          .setParameter("group", group)
          .getResultList());
      if (ids.isEmpty()) {
        return 0;
      }
      BulkDelete.execute(entityManager, entityManager
              .createQuery("delete from NotificationDeliveryEntity d where d.key.notificationId in :ids")
              .setParameter("ids", ids),
          NotificationDeliveryEntity.class, delivery -> ids.contains(delivery.key.notificationId()));
      return BulkDelete.where(entityManager, NotificationEntity.class, "groupId", group, e -> e.groupId);
    });
  }
}
