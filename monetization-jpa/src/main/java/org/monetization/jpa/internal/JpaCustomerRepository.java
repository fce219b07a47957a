package org.monetization.jpa.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.CustomerSummary;
import org.monetization.error.ConflictException;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;
import org.monetization.spi.CustomerRepository;

/**
 * Customers in {@code mon_customer} and its child tables. Ids come from the database sequence
 * {@code mon_customer_id_seq}, which is never rolled back, so an id is never handed out twice. Filtering,
 * counting and paging run in SQL. Instants are stored to the microsecond: {@link #insert} and
 * {@link #update} return the customer as stored, which is what later reads return. Thread-safe.
 */
public final class JpaCustomerRepository implements CustomerRepository {
  /** The sequence customer ids come from. */
  public static final String SEQUENCE = "mon_customer_id_seq";

  private final JpaTransactions transactions;
  private final IdSequence ids;
  private final boolean postgreSql;
  private final boolean h2;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   * @param ids the sequence {@value #SEQUENCE}
   * @param entityManagerFactory the store's factory, whose database decides how substring searches are
   *     planned (see {@link #page})
   */
  public JpaCustomerRepository(
      JpaTransactions transactions, IdSequence ids, EntityManagerFactory entityManagerFactory) {
    this.transactions = requireNonNull(transactions, "transactions");
    this.ids = requireNonNull(ids, "ids");
    this.postgreSql = PersistenceUnit.isPostgreSql(entityManagerFactory);
    this.h2 = PersistenceUnit.isH2(entityManagerFactory);
  }

  @Override
  public CustomerId nextId() {
    return CustomerId.of(ids.next(transactions));
  }

  /** {@inheritDoc} One round trip to the sequence, whatever the count. */
  @Override
  public List<CustomerId> nextIds(int count) {
    checkArgument(count > 0, "count must be positive: %s", count);
    return ids.next(transactions, count).stream().map(CustomerId::of).toList();
  }

  @Override
  public Optional<Customer> find(CustomerId id) {
    requireNonNull(id, "id");
    return transactions.read(
        entityManager ->
            Optional.ofNullable(entityManager.find(CustomerEntity.class, id.value()))
                .map(CustomerMapper::toCustomer));
  }

  @Override
  public Customer insert(Customer customer) {
    requireNonNull(customer, "customer");
    return transactions.write(
        entityManager -> {
          // A taken id surfaces when the insert is flushed, at the latest on commit, as a unique key
          // violation that StorageFailures turns into ConflictException(DUPLICATE); checking first would
          // cost a round trip per onboarding and still race.
          CustomerEntity entity = CustomerMapper.toEntity(customer, 0);
          entityManager.persist(entity);
          return CustomerMapper.toCustomer(entity); // as stored: instants to the microsecond
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The version check and increment is one conditional {@code UPDATE}: it fails when another
   * transaction committed a newer version, and it locks the row until this transaction ends, so that no
   * other writer can slip in between the check and the commit.
   */
  @Override
  public Customer update(Customer customer) {
    requireNonNull(customer, "customer");
    long id = customer.id().value();
    long next = customer.version() + 1;
    return transactions.write(
        entityManager -> {
          int bumped =
              entityManager
                  .createQuery(
                      "update CustomerEntity c set c.version = :next where c.id = :id and c.version = :read")
                  .setParameter("next", next)
                  .setParameter("id", id)
                  .setParameter("read", customer.version())
                  .executeUpdate();
          if (bumped == 0) {
            throw new ConflictException(
                ConflictException.Reason.CONCURRENT_UPDATE,
                "customer " + id + " was changed or deleted since version " + customer.version() + " was read");
          }
          CustomerEntity entity = entityManager.find(CustomerEntity.class, id);
          entity.version = next; // the bulk update bypassed an instance this transaction may already hold
          CustomerMapper.copy(customer, entity);
          return CustomerMapper.toCustomer(entity);
        });
  }

  @Override
  public boolean delete(CustomerId id) {
    requireNonNull(id, "id");
    return transactions.write(
        entityManager -> {
          CustomerEntity entity = entityManager.find(CustomerEntity.class, id.value());
          if (entity == null) {
            return false;
          }
          entityManager.remove(entity);
          return true;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL a search with a substring criterion first sets {@code plan_cache_mode} to
   * {@code force_custom_plan} for the transaction. The driver turns a statement run often into a prepared
   * one, and PostgreSQL then reuses a generic plan made without the parameters, which evaluates
   * {@code like_escape(pattern, '!')} again for every row it scans and guesses how many rows match; planned
   * with the pattern, the escaped pattern is a constant (about 30% less time per scan at 100,000
   * customers). The setting ends with the transaction.
   *
   * <p>On H2 a search with a substring criterion reads the ids of all its matches from an index (see
   * {@link #h2ScannedPage}).
   */
  @Override
  public Page<CustomerSummary> page(CustomerFilter filter, PageRequest page) {
    requireNonNull(filter, "filter");
    requireNonNull(page, "page");
    CustomerSearch search = CustomerSearch.of(filter);
    return transactions.read(
        entityManager -> {
          if (search.hasSubstringCriterion()) {
            if (h2) {
              return h2ScannedPage(entityManager, search, page);
            }
            if (postgreSql) {
              entityManager
                  .createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
                  // Must not flush the transaction's pending (batched) writes.
                  .setFlushMode(FlushModeType.COMMIT)
                  .getSingleResult();
            }
            return scannedPage(entityManager, search, page);
          }
          long total = count(entityManager, search);
          List<CustomerSummary> items =
              page.offset() >= total ? List.of() : summaries(entityManager, pageIds(entityManager, search, page));
          return new Page<>(items, page, total);
        });
  }

  /**
   * A page of a substring search, whose every match must be found by a scan (no index can look up a
   * substring): one query returns the page's ids with the number of all matches ({@code count(*) over ()},
   * computed before the offset and limit apply), so the scan runs once instead of once for the count and
   * once for the ids. A page past the end returns no row to carry the total, which is then counted.
   *
   * <p>The order is {@code c.id + 0}, the id order: ordered by the id itself, PostgreSQL may walk the
   * primary key to stop after the page's rows, as if the window could stop early, and reads the row of
   * every customer; on an expression it scans the filter's index (V3) and sorts the matches, in a third of
   * the time or less at 100,000 customers.
   */
  private static Page<CustomerSummary> scannedPage(
      EntityManager entityManager, CustomerSearch search, PageRequest page) {
    List<Object[]> rows =
        search
            .bind(
                entityManager.createQuery(
                    "select c.id, count(*) over () from CustomerEntity c" + search.where() + " order by c.id + 0",
                    Object[].class))
            .setFirstResult(Math.toIntExact(page.offset()))
            .setMaxResults(page.size())
            .getResultList();
    if (rows.isEmpty()) {
      return new Page<>(List.of(), page, count(entityManager, search));
    }
    long total = ((Number) rows.get(0)[1]).longValue();
    return new Page<>(summaries(entityManager, rows.stream().map(row -> (Long) row[0]).toList()), page, total);
  }

  /**
   * A page of a substring search on H2: one scan returns the ids of all the matches, in no order, and the
   * page takes its ids from them in id order; their number is the total. The scan reads V11's index of the
   * substring column where that index holds every column the search reads ({@link
   * CustomerSearch#coveringH2Index}), named in the query because H2's planner would rather walk the primary
   * key or V1's status index and read every row (about 30 ms at 100,000 customers, against 5 to 10 ms for
   * the index). Asked for an order, H2 reads the rows as well, which is why the ids are sorted here (an
   * embedded H2 hands them over within the JVM; every match's id is read, a few megabytes at most for
   * 100,000 matches).
   */
  private static Page<CustomerSummary> h2ScannedPage(
      EntityManager entityManager, CustomerSearch search, PageRequest page) {
    String index = search.coveringH2Index().map(name -> " use index (" + name + ")").orElse("");
    List<?> rows =
        search
            .bind(entityManager.createNativeQuery("select id from mon_customer" + index + search.sqlWhere()))
            .getResultList();
    long[] matches = rows.stream().mapToLong(id -> ((Number) id).longValue()).sorted().toArray();
    int from = (int) Math.min(page.offset(), matches.length);
    int to = (int) Math.min((long) from + page.size(), matches.length);
    return new Page<>(
        summaries(entityManager, Arrays.stream(matches, from, to).boxed().toList()), page, matches.length);
  }

  private static long count(EntityManager entityManager, CustomerSearch search) {
    return search
        .bind(entityManager.createQuery("select count(c) from CustomerEntity c" + search.where(), Long.class))
        .getSingleResult();
  }

  /**
   * Returns the ids of the page's matches. The query reads only the filtered columns and the id, which the
   * list indexes hold (V3), so the database can answer it from an index without reading the wide customer
   * rows; one query selecting the summary columns would have to read the row of every candidate, i.e. of
   * all customers for a substring filter.
   */
  private static List<Long> pageIds(EntityManager entityManager, CustomerSearch search, PageRequest page) {
    return search
        .bind(
            entityManager.createQuery(
                "select c.id from CustomerEntity c" + search.where() + " order by c.id", Long.class))
        .setFirstResult(Math.toIntExact(page.offset()))
        .setMaxResults(page.size())
        .getResultList();
  }

  /** Returns the summaries of the customers with the given ids, in id order. */
  private static List<CustomerSummary> summaries(EntityManager entityManager, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery(
            "select c.id, c.firstName, c.lastName, c.email, c.status, c.customerType,"
                + " c.subscriptionCount, c.serviceCount from CustomerEntity c"
                + " where c.id in :ids order by c.id",
            Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(JpaCustomerRepository::summary)
        .toList();
  }

  private static CustomerSummary summary(Object[] row) {
    // The list shows the name exactly as Customer.fullName() builds it.
    String fullName =
        AccountInfo.builder().firstName((String) row[1]).lastName((String) row[2]).build().fullName();
    return new CustomerSummary(
        CustomerId.of((Long) row[0]),
        fullName,
        (String) row[3],
        CustomerStatus.valueOf((String) row[4]),
        (String) row[5],
        (Integer) row[6],
        (Integer) row[7]);
  }

  @Override
  public List<Customer> chunk(CustomerFilter filter, @Nullable CustomerId after, int limit) {
    requireNonNull(filter, "filter");
    checkArgument(limit > 0, "limit must be positive: %s", limit);
    CustomerSearch search = CustomerSearch.of(filter);
    return transactions.read(
        entityManager ->
            search
                .bind(
                    entityManager.createQuery(
                        "select c from CustomerEntity c" + search.where("c.id > :after") + " order by c.id",
                        CustomerEntity.class))
                .setParameter("after", after == null ? 0L : after.value())
                .setMaxResults(limit)
                .getResultStream()
                .map(CustomerMapper::toCustomer)
                .toList());
  }

  @Override
  public List<CustomerId> closedBefore(Instant cutoff, int limit) {
    requireNonNull(cutoff, "cutoff");
    checkArgument(limit > 0, "limit must be positive: %s", limit);
    return transactions.read(
        entityManager ->
            entityManager
                .createQuery(
                    "select c.id from CustomerEntity c where c.closedAt < :cutoff order by c.id", Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultStream()
                .map(CustomerId::of)
                .toList());
  }

  @Override
  public long count() {
    return transactions.read(
        entityManager ->
            entityManager.createQuery("select count(c) from CustomerEntity c", Long.class).getSingleResult());
  }
}
