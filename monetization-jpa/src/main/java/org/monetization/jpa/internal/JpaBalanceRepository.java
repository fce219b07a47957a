package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceId;
import org.monetization.balance.GroupBalances;
import org.monetization.balance.UsageCounter;
import org.monetization.error.ConflictException;
import org.monetization.spi.BalanceRepository;

/**
 * The balances of each balance group as one versioned aggregate: a root row in {@code mon_group_balances}
 * holding the version, the balances in {@code mon_balance} and the usage counters in
 * {@code mon_usage_counter}. Balance ids come from the sequence {@value #SEQUENCE}. Thread-safe.
 *
 * <p>{@link #save} is one conditional {@code UPDATE} of the root row ({@code version = read + 1 where
 * version = read}), which also locks the row until the transaction ends, followed by the writes of the
 * balances and counters that differ from the stored ones (batched by Hibernate at the flush); the first
 * save of a group inserts the root at version 1 instead. Writers of one group serialise on that row, and
 * writers of different groups never touch the same row.
 *
 * <p>{@link #load} reads columns, not managed entities, so it always returns what the database holds
 * (after this transaction's own pending writes), never a stale entity of the persistence context; and it
 * reads the version before and after the rows and retries when they differ, so under read-committed
 * isolation it never pairs a version with rows of another version.
 */
public final class JpaBalanceRepository implements BalanceRepository {
  /** The sequence balance ids come from. */
  public static final String SEQUENCE = "mon_balance_id_seq";

  /** How many times {@link #load} reads again when a concurrent save committed during its reads. */
  static final int CONSISTENT_READ_ATTEMPTS = 20;

  private final JpaTransactions transactions;
  private final IdSequence ids;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   * @param ids the sequence {@value #SEQUENCE}
   */
  public JpaBalanceRepository(JpaTransactions transactions, IdSequence ids) {
    this.transactions = requireNonNull(transactions, "transactions");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public BalanceId nextId() {
    return new BalanceId(ids.next(transactions));
  }

  /**
   * {@inheritDoc}
   *
   * @throws ConflictException with reason {@code CONCURRENT_UPDATE} if concurrent saves of the group kept
   *     changing it during {@value #CONSISTENT_READ_ATTEMPTS} attempts to read it consistently
   */
  @Override
  public GroupBalances load(BalanceGroupId groupId) {
    requireNonNull(groupId, "groupId");
    long group = groupId.value();
    return transactions.read(
        entityManager -> {
          for (int attempt = 1; ; attempt++) {
            Long version = storedVersion(entityManager, group);
            if (version == null) {
              return GroupBalances.empty(groupId);
            }
            List<Balance> balances = balances(entityManager, group);
            List<UsageCounter> counters = counters(entityManager, group);
            if (version.equals(storedVersion(entityManager, group))) {
              return new GroupBalances(groupId, balances, counters, version);
            }
            if (attempt == CONSISTENT_READ_ATTEMPTS) {
              throw new ConflictException(
                  ConflictException.Reason.CONCURRENT_UPDATE,
                  "the balances of group " + group + " kept changing while they were read");
            }
          }
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The stored version is read first, as this transaction sees it, and must be the one the aggregate
   * was loaded at; then the conditional {@code UPDATE} checks it against the committed version and locks
   * the root. Both together guarantee that the rows this transaction reads next are the committed rows of
   * that version whatever the isolation level (MariaDB's repeatable read keeps an older snapshot), so
   * only the differences are written.
   */
  @Override
  public GroupBalances save(GroupBalances balances) {
    requireNonNull(balances, "balances");
    long group = balances.groupId().value();
    long read = balances.version();
    long next = read + 1;
    // Converted first: a value the columns cannot hold fails before anything is written.
    List<BalanceEntity> wantedBalances = new ArrayList<>(balances.balances().size());
    for (Balance balance : balances.balances()) {
      wantedBalances.add(BalanceEntity.of(group, balance));
    }
    List<UsageCounterEntity> wantedCounters = new ArrayList<>(balances.counters().size());
    for (UsageCounter counter : balances.counters()) {
      wantedCounters.add(UsageCounterEntity.of(group, counter));
    }
    return transactions.write(
        entityManager -> {
          Long seen = storedVersion(entityManager, group);
          if (seen == null ? read != 0 : seen != read) {
            throw stale(group, read);
          }
          if (read == 0) {
            insertRoot(entityManager, group);
          } else {
            bumpVersion(entityManager, group, read, next);
          }
          writeBalances(entityManager, group, wantedBalances);
          writeCounters(entityManager, group, wantedCounters);
          return new GroupBalances(
              balances.groupId(),
              wantedBalances.stream().map(BalanceEntity::toBalance).toList(),
              wantedCounters.stream().map(UsageCounterEntity::toCounter).toList(),
              next);
        });
  }

  private static ConflictException stale(long group, long read) {
    return new ConflictException(
        ConflictException.Reason.CONCURRENT_UPDATE,
        "the balances of group " + group + " were changed since version " + read + " was read");
  }

  /**
   * Inserts the root of a group's first save at version 1, at once: a concurrent first save of the same
   * group makes the insert wait and then fail as a unique violation, reported as a concurrent update (the
   * command is retried and loads the other one's balances). The transaction's earlier writes are flushed
   * before, so that their own failures keep their meaning.
   */
  private static void insertRoot(EntityManager entityManager, long group) {
    entityManager.flush();
    GroupBalancesEntity root = GroupBalancesEntity.of(group, 1);
    try {
      entityManager.persist(root);
      entityManager.flush();
    } catch (RuntimeException e) {
      RuntimeException failure = StorageFailures.translate(e);
      if (failure instanceof ConflictException conflict
          && conflict.reason() == ConflictException.Reason.DUPLICATE) {
        throw stale(group, 0);
      }
      throw failure;
    }
    // The root is only ever changed by bulk updates, which would bypass a managed instance.
    entityManager.detach(root);
  }

  private static void bumpVersion(EntityManager entityManager, long group, long read, long next) {
    int bumped =
        entityManager
            .createQuery(
                "update GroupBalancesEntity g set g.version = :next where g.groupId = :group and g.version = :read")
            .setParameter("next", next)
            .setParameter("group", group)
            .setParameter("read", read)
            .executeUpdate();
    if (bumped == 0) {
      throw stale(group, read);
    }
  }

  /** Updates the balances that changed, inserts the new ones and deletes those the aggregate dropped. */
  private static void writeBalances(EntityManager entityManager, long group, List<BalanceEntity> wanted) {
    Map<Long, BalanceEntity> stored = new HashMap<>();
    entityManager
        .createQuery("select b from BalanceEntity b where b.groupId = :group", BalanceEntity.class)
        .setParameter("group", group)
        .getResultStream()
        .forEach(entity -> stored.put(entity.id, entity));
    for (BalanceEntity balance : wanted) {
      BalanceEntity existing = stored.remove(balance.id);
      if (existing == null) {
        entityManager.persist(balance);
      } else {
        existing.copy(balance.toBalance());
      }
    }
    stored.values().forEach(entityManager::remove);
  }

  /** Updates the counters that changed, inserts the new ones and deletes those the aggregate dropped. */
  private static void writeCounters(EntityManager entityManager, long group, List<UsageCounterEntity> wanted) {
    Map<String, UsageCounterEntity> stored = new HashMap<>();
    entityManager
        .createQuery("select c from UsageCounterEntity c where c.key.groupId = :group", UsageCounterEntity.class)
        .setParameter("group", group)
        .getResultStream()
        .forEach(entity -> stored.put(entity.key.key(), entity));
    for (UsageCounterEntity counter : wanted) {
      UsageCounterEntity existing = stored.remove(counter.key.key());
      if (existing == null) {
        entityManager.persist(counter);
      } else {
        existing.copy(counter.toCounter());
      }
    }
    stored.values().forEach(entityManager::remove);
  }

  /** Returns the group's version as this transaction sees it, or null when the group never stored balances. */
  private static @Nullable Long storedVersion(EntityManager entityManager, long group) {
    List<Long> versions =
        entityManager
            .createQuery("select g.version from GroupBalancesEntity g where g.groupId = :group", Long.class)
            .setParameter("group", group)
            .getResultList();
    return versions.isEmpty() ? null : versions.get(0);
  }

  /** Reads the group's balances as columns, by id. */
  private static List<Balance> balances(EntityManager entityManager, long group) {
    return entityManager
        .createQuery(
            "select b.id, b.resource, b.amount, b.amountScale, b.validFrom, b.validTo, b.createdAt"
                + " from BalanceEntity b where b.groupId = :group order by b.id",
            Object[].class)
        .setParameter("group", group)
        .getResultStream()
        .map(
            row ->
                BalanceEntity.toBalance(
                    (Long) row[0],
                    (String) row[1],
                    (BigDecimal) row[2],
                    (Integer) row[3],
                    (Instant) row[4],
                    (Instant) row[5],
                    (Instant) row[6]))
        .toList();
  }

  /** Reads the group's counters as columns, by key ({@link String#compareTo}, not the database's collation). */
  private static List<UsageCounter> counters(EntityManager entityManager, long group) {
    return entityManager
        .createQuery(
            "select c.key.key, c.cycleStart, c.quantity, c.quantityScale"
                + " from UsageCounterEntity c where c.key.groupId = :group",
            Object[].class)
        .setParameter("group", group)
        .getResultStream()
        .map(
            row ->
                UsageCounterEntity.toCounter(
                    (String) row[0], (Instant) row[1], (BigDecimal) row[2], (Integer) row[3]))
        .sorted(Comparator.comparing(UsageCounter::key))
        .toList();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Three set-based deletes: the balances and the counters, then the root with the version, so that the
   * group loads empty at version 0 again and its next save inserts the root at version 1, as a first save
   * does.
   */
  @Override
  public boolean delete(BalanceGroupId groupId) {
    requireNonNull(groupId, "groupId");
    long group = groupId.value();
    return transactions.write(
        entityManager -> {
          int balances =
              BulkDelete.where(entityManager, BalanceEntity.class, "groupId", group, e -> e.groupId);
          int counters =
              BulkDelete.where(entityManager, UsageCounterEntity.class, "key.groupId", group, e -> e.key.groupId());
          int root =
              BulkDelete.where(entityManager, GroupBalancesEntity.class, "groupId", group, e -> e.groupId);
          return root + balances + counters > 0;
        });
  }
}
