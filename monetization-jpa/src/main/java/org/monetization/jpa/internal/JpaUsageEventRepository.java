package org.monetization.jpa.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Lists;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.monetization.error.ConflictException;
import org.monetization.rating.RatedEvent;
import org.monetization.spi.UsageEventRepository;
import org.monetization.subscription.SubscriptionId;

/**
 * Rated usage events in {@code mon_usage_event}, one row each with its fields and impacts as JSON documents
 * ({@link EventDocuments}), keyed by event id. The primary key is what makes ingestion idempotent, between
 * concurrent transactions and across restarts alike: {@link #insertAll} sends its rows at once (multi-row
 * inserts) and reports a taken id as
 * {@code ConflictException(CONCURRENT_UPDATE)}, as the SPI requires, so the command is retried and then
 * finds the event stored. Listings walk the index on (service, start time, id); ids sort by code point on
 * every database (see the migration's {@code mon_ordered_key}). Thread-safe.
 */
public final class JpaUsageEventRepository implements UsageEventRepository {
  /** The most ids {@link #existing} binds to one query. */
  static final int IDS_PER_QUERY = 500;

  /**
   * The most events one {@code INSERT} statement of {@link #insertAll} carries: 1,900 parameters for the
   * event's 19 columns.
   */
  static final int EVENTS_PER_INSERT = 100;

  private final JpaTransactions transactions;
  private final boolean postgreSql;
  private final MultiRowInsert<UsageEventEntity> inserts;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   * @param entityManagerFactory the store's factory, whose mapping of the events the inserts follow, and
   *     whose database decides how the id-list lookups ({@link #existing}, {@link #sessionQuantities}) are
   *     sent
   */
  public JpaUsageEventRepository(JpaTransactions transactions, EntityManagerFactory entityManagerFactory) {
    this.transactions = requireNonNull(transactions, "transactions");
    this.postgreSql = PersistenceUnit.isPostgreSql(entityManagerFactory);
    this.inserts = MultiRowInsert.of(entityManagerFactory, UsageEventEntity.class, EVENTS_PER_INSERT);
  }

  @Override
  public Optional<RatedEvent> find(String id) {
    requireNonNull(id, "id");
    return transactions.read(
        entityManager ->
            Optional.ofNullable(entityManager.find(UsageEventEntity.class, id))
                .map(UsageEventEntity::toRatedEvent));
  }

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL the ids are bound as one array ({@code id = any(?)}), and the transaction is first told
   * to plan the query with them ({@code plan_cache_mode = force_custom_plan}, which ends with the
   * transaction). The driver turns a query run for every rated batch into a prepared statement, and
   * PostgreSQL would then keep the generic plan it made while the table was small: a sequential scan that
   * compares every row with every id, whose time grows with the table (over 100 ms a query at 35,000
   * events). Planned with the ids, the query walks the primary key. One array rather than an {@code IN}
   * list of parameters: one query for any number of ids, cheap to plan, and no query for Hibernate to
   * translate. Elsewhere the ids go in {@code IN} lists of up to {@value #IDS_PER_QUERY}.
   */
  @Override
  public Set<String> existing(Collection<String> ids) {
    requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      return Set.of();
    }
    List<String> distinct = List.copyOf(new HashSet<>(ids));
    return transactions.read(
        entityManager -> {
          Set<String> found = new HashSet<>();
          if (postgreSql) {
            selectAny(entityManager, "select id from mon_usage_event where id = any(?)", distinct,
                row -> found.add(row.getString(1)));
            return found;
          }
          for (List<String> chunk : Lists.partition(distinct, IDS_PER_QUERY)) {
            found.addAll(
                entityManager
                    .createQuery("select e.id from UsageEventEntity e where e.id in :ids", String.class)
                    .setParameter("ids", chunk)
                    .getResultList());
          }
          return found;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Bound and planned as {@link #existing} is, for the same reasons.
   */
  @Override
  public Map<String, BigDecimal> sessionQuantities(Collection<String> sessionIds) {
    requireNonNull(sessionIds, "sessionIds");
    if (sessionIds.isEmpty()) {
      return Map.of();
    }
    List<String> distinct = List.copyOf(new HashSet<>(sessionIds));
    return transactions.read(
        entityManager -> {
          // Summed here rather than with SQL SUM: each part keeps its own scale, as in the in-memory store.
          Map<String, BigDecimal> totals = new HashMap<>();
          if (postgreSql) {
            selectAny(entityManager,
                "select session_id, quantity, quantity_scale from mon_usage_event where session_id = any(?)",
                distinct,
                row -> totals.merge(row.getString(1), StoredValues.decimal(row.getBigDecimal(2), row.getInt(3)),
                    BigDecimal::add));
            return totals;
          }
          for (List<String> chunk : Lists.partition(distinct, IDS_PER_QUERY)) {
            List<Object[]> parts =
                entityManager
                    .createQuery(
                        "select e.sessionId, e.quantity, e.quantityScale from UsageEventEntity e"
                            + " where e.sessionId in :ids",
                        Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList();
            for (Object[] part : parts) {
              BigDecimal quantity = StoredValues.decimal((BigDecimal) part[1], (Integer) part[2]);
              totals.merge((String) part[0], quantity, BigDecimal::add);
            }
          }
          return totals;
        });
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /**
   * On PostgreSQL: runs a query whose one parameter is an array of the values, planned with them (see
   * {@link #existing}), on the transaction's connection, then gives {@code plan_cache_mode} back the value
   * it had: left at {@code force_custom_plan}, it would have every later statement of the transaction
   * planned again on each execution (with the inserts of 1,900 parameters that {@link #insertAll} sent
   * before it sent arrays on PostgreSQL, about 35 ms more per 1,000 events, measured). No flush first: the columns these queries read are written by
   * {@link #insertAll} only, which sends its rows at once.
   */
  private static void selectAny(EntityManager entityManager, String sql, List<String> values, RowReader reader) {
    entityManager.unwrap(Session.class).doWork(connection -> {
      String mode;
      try (Statement plan = connection.createStatement();
          ResultSet previous = plan.executeQuery("select current_setting('plan_cache_mode'),"
              + " set_config('plan_cache_mode', 'force_custom_plan', true)")) {
        previous.next();
        mode = previous.getString(1);
      }
      Array array = connection.createArrayOf("varchar", values.toArray());
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setArray(1, array);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            reader.read(rows);
          }
        }
      } finally {
        array.free();
      }
      try (PreparedStatement restore = connection.prepareStatement("select set_config('plan_cache_mode', ?, true)")) {
        restore.setString(1, mode);
        restore.executeQuery().close();
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The transaction's earlier writes are flushed first, so that their own failures keep their meaning;
   * then the events are inserted with multi-row statements ({@link MultiRowInsert}: one statement of arrays
   * on PostgreSQL, {@code INSERT ... VALUES} statements of up to {@value #EVENTS_PER_INSERT} events
   * elsewhere), straight on the transaction's connection:
   * they do not enter the persistence context, which would only dirty-check them again at the commit. An
   * id another transaction inserted first makes the insert wait for that transaction, and fail once it
   * commits.
   */
  @Override
  public void insertAll(List<RatedEvent> events) {
    requireNonNull(events, "events");
    List<UsageEventEntity> entities = new ArrayList<>(events.size());
    for (RatedEvent event : events) {
      entities.add(UsageEventEntity.of(event, 0)); // converted first: a value that does not fit writes nothing
    }
    transactions.write(
        entityManager -> {
          entityManager.flush();
          try {
            inserts.insert(entityManager, entities);
          } catch (RuntimeException e) {
            RuntimeException failure = StorageFailures.translate(e);
            if (failure instanceof ConflictException conflict
                && conflict.reason() == ConflictException.Reason.DUPLICATE) {
              throw new ConflictException(
                  ConflictException.Reason.CONCURRENT_UPDATE,
                  "a usage event of the batch was stored concurrently: its id is taken");
            }
            throw failure;
          }
          return null;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The version check and increment is one conditional {@code UPDATE}, which also locks the row until
   * this transaction ends.
   */
  @Override
  public RatedEvent update(RatedEvent event) {
    requireNonNull(event, "event");
    String id = event.id();
    long next = event.version() + 1;
    return transactions.write(
        entityManager -> {
          int bumped =
              entityManager
                  .createQuery(
                      "update UsageEventEntity e set e.version = :next where e.id = :id and e.version = :read")
                  .setParameter("next", next)
                  .setParameter("id", id)
                  .setParameter("read", event.version())
                  .executeUpdate();
          if (bumped == 0) {
            throw new ConflictException(
                ConflictException.Reason.CONCURRENT_UPDATE,
                "usage event " + id + " was changed since version " + event.version() + " was read");
          }
          UsageEventEntity entity = entityManager.find(UsageEventEntity.class, id);
          entity.version = next; // the bulk update bypassed an instance this transaction may already hold
          entity.copy(event);
          return entity.toRatedEvent();
        });
  }

  @Override
  public List<RatedEvent> ofService(
      String serviceIdentifier, Instant from, @Nullable Instant to, @Nullable RatedEvent after, int limit) {
    requireNonNull(serviceIdentifier, "serviceIdentifier");
    requireNonNull(from, "from");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    StringBuilder jpql =
        new StringBuilder(
            "select e from UsageEventEntity e where e.serviceIdentifier = :service and e.startTime >= :from");
    if (to != null) {
      jpql.append(" and e.startTime < :to");
    }
    if (after != null) {
      jpql.append(" and (e.startTime > :afterTime or (e.startTime = :afterTime and e.id > :afterId))");
    }
    jpql.append(" order by e.startTime, e.id");
    return transactions.read(
        entityManager -> {
          TypedQuery<UsageEventEntity> query =
              entityManager
                  .createQuery(jpql.toString(), UsageEventEntity.class)
                  .setParameter("service", serviceIdentifier)
                  .setParameter("from", from)
                  .setMaxResults(limit);
          if (to != null) {
            query.setParameter("to", to);
          }
          if (after != null) {
            query.setParameter("afterTime", StoredValues.instant(after.startTime()));
            query.setParameter("afterId", after.id());
          }
          return query.getResultList().stream().map(UsageEventEntity::toRatedEvent).toList();
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>One set-based delete: an event is one row, its fields and impacts are documents of that row (V8).
   * The events are found through the listings' index, {@code (service_identifier, start_time, id)} (V4),
   * and the subscription checked on the rows it leads to.
   */
  @Override
  public int deleteOfService(String serviceIdentifier, SubscriptionId subscriptionId) {
    requireNonNull(serviceIdentifier, "serviceIdentifier");
    requireNonNull(subscriptionId, "subscriptionId");
    long subscription = subscriptionId.value();
    return transactions.write(
        entityManager ->
            BulkDelete.execute(
                entityManager,
                entityManager
                    .createQuery("delete from UsageEventEntity e where e.serviceIdentifier = :service"
                        + " and e.subscriptionId = :subscription")
                    .setParameter("service", serviceIdentifier)
                    .setParameter("subscription", subscription),
                UsageEventEntity.class,
                event -> event.serviceIdentifier.equals(serviceIdentifier) && event.subscriptionId == subscription));
  }
}
