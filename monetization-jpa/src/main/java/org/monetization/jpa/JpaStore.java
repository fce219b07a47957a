package org.monetization.jpa;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.monetization.error.MonetizationException;
import org.monetization.jpa.internal.IdSequence;
import org.monetization.jpa.internal.JpaAdjustmentRepository;
import org.monetization.jpa.internal.JpaCreditProfileRepository;
import org.monetization.jpa.internal.JpaNotificationRepository;
import org.monetization.jpa.internal.JpaBalanceGroupRepository;
import org.monetization.jpa.internal.JpaBalanceRepository;
import org.monetization.jpa.internal.JpaBillingProfileRepository;
import org.monetization.jpa.internal.JpaCatalogRepository;
import org.monetization.jpa.internal.JpaConfigurationRepository;
import org.monetization.jpa.internal.JpaCustomerRepository;
import org.monetization.jpa.internal.JpaPromotionRepository;
import org.monetization.jpa.internal.JpaServiceRepository;
import org.monetization.jpa.internal.JpaSharingGroupRepository;
import org.monetization.jpa.internal.JpaSubscriptionRepository;
import org.monetization.jpa.internal.JpaTransactions;
import org.monetization.jpa.internal.JpaUsageEventRepository;
import org.monetization.jpa.internal.PersistenceUnit;
import org.monetization.jpa.internal.SchemaMigration;
import org.monetization.spi.AdjustmentRepository;
import org.monetization.spi.CreditProfileRepository;
import org.monetization.spi.NotificationRepository;
import org.monetization.spi.BalanceGroupRepository;
import org.monetization.spi.BalanceRepository;
import org.monetization.spi.BillingProfileRepository;
import org.monetization.spi.CatalogRepository;
import org.monetization.spi.ConfigurationRepository;
import org.monetization.spi.CustomerRepository;
import org.monetization.spi.PromotionRepository;
import org.monetization.spi.ServiceRepository;
import org.monetization.spi.SharingGroupRepository;
import org.monetization.spi.Store;
import org.monetization.spi.SubscriptionRepository;
import org.monetization.spi.Transactions;
import org.monetization.spi.UsageEventRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Store} that keeps every aggregate in a relational database through Jakarta Persistence
 * (Hibernate ORM): H2, PostgreSQL or MariaDB. Thread-safe. A command's writes commit or roll back together
 * in one database transaction; updates of an aggregate use optimistic locking (a version column), and a
 * lost race is reported as a {@code ConflictException} with reason {@code CONCURRENT_UPDATE}, which the
 * SDK's services retry. Storage failures never leak as persistence exceptions: they arrive as core's
 * {@link MonetizationException}s.
 *
 * <p>Two ways to get one:
 *
 * <ul>
 *   <li>{@link #connect(String, String, String)} or {@link #connect(DataSource)}: the store migrates the
 *       schema (Flyway), builds its own entity manager factory and, for a JDBC URL, its own connection
 *       pool; {@link #close()} releases what the store created.
 *   <li>{@link #create(EntityManagerFactory)}: the host owns a Hibernate entity manager factory that
 *       manages {@link #entityClasses()}, and migrates the schema itself, with {@link #migrate(DataSource)}
 *       at start-up; the store never changes the schema and {@link #close()} leaves the factory open.
 * </ul>
 *
 * <pre>{@code
 * try (JpaStore store = JpaStore.connect("jdbc:postgresql://db/billing", "billing", secret)) {
 *   Monetization monetization = Monetization.builder().store(store).build();
 *   ...
 * }
 * }</pre>
 */
public final class JpaStore implements Store, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(JpaStore.class);

  /** Size of the connection pool that {@link #connect(String, String, String)} creates. */
  public static final int DEFAULT_POOL_SIZE = 10;

  private final JpaTransactions transactions;
  private final JpaCustomerRepository customers;
  private final JpaConfigurationRepository configuration;
  private final JpaCatalogRepository catalog;
  private final JpaBillingProfileRepository billingProfiles;
  private final JpaBalanceGroupRepository balanceGroups;
  private final JpaSubscriptionRepository subscriptions;
  private final JpaServiceRepository services;
  private final JpaPromotionRepository promotions;
  private final JpaBalanceRepository balances;
  private final JpaAdjustmentRepository adjustments;
  private final JpaUsageEventRepository usageEvents;
  private final JpaCreditProfileRepository creditProfiles;
  private final JpaNotificationRepository notifications;
  private final JpaSharingGroupRepository sharingGroups;
  private final List<AutoCloseable> owned;
  private final AtomicBoolean closed = new AtomicBoolean();

  private JpaStore(EntityManagerFactory entityManagerFactory, List<AutoCloseable> owned) {
    this.transactions = new JpaTransactions(entityManagerFactory);
    this.customers =
        new JpaCustomerRepository(
            transactions,
            IdSequence.of(entityManagerFactory, JpaCustomerRepository.SEQUENCE),
            entityManagerFactory);
    this.configuration = new JpaConfigurationRepository(transactions);
    this.catalog = new JpaCatalogRepository(transactions);
    this.billingProfiles =
        new JpaBillingProfileRepository(
            transactions, IdSequence.of(entityManagerFactory, JpaBillingProfileRepository.SEQUENCE));
    this.balanceGroups =
        new JpaBalanceGroupRepository(
            transactions, IdSequence.of(entityManagerFactory, JpaBalanceGroupRepository.SEQUENCE));
    this.subscriptions =
        new JpaSubscriptionRepository(
            transactions, IdSequence.of(entityManagerFactory, JpaSubscriptionRepository.SEQUENCE));
    this.services = new JpaServiceRepository(transactions);
    this.promotions = new JpaPromotionRepository(transactions);
    this.balances =
        new JpaBalanceRepository(transactions, IdSequence.of(entityManagerFactory, JpaBalanceRepository.SEQUENCE));
    this.adjustments =
        new JpaAdjustmentRepository(
            transactions, IdSequence.of(entityManagerFactory, JpaAdjustmentRepository.SEQUENCE));
    this.usageEvents =
        new JpaUsageEventRepository(transactions, entityManagerFactory);
    this.creditProfiles = new JpaCreditProfileRepository(transactions);
    this.notifications =
        new JpaNotificationRepository(
            transactions, IdSequence.of(entityManagerFactory, JpaNotificationRepository.SEQUENCE));
    this.sharingGroups =
        new JpaSharingGroupRepository(
            transactions, IdSequence.of(entityManagerFactory, JpaSharingGroupRepository.SEQUENCE));
    this.owned = List.copyOf(owned);
  }

  /**
   * Returns a store over a host-managed entity manager factory. The host keeps ownership: it closes the
   * factory and its connection pool, and it migrates the schema before the first use, with
   * {@link #migrate(DataSource)} or by running the scripts of {@code db/monetization} with its own tools.
   * The factory should set {@code hibernate.jdbc.batch_size} (50 is a good start) and
   * {@code hibernate.order_inserts}, or onboarding sends one statement per row, and
   * {@code hibernate.jdbc.log.errors=false}, or Hibernate logs driver error messages that may quote the
   * rejected row, secrets included (the store logs a warning when it is not set).
   *
   * @param entityManagerFactory a resource-local Hibernate ORM factory that manages {@link #entityClasses()}
   * @return the store; closing it does not close the factory
   * @throws IllegalArgumentException if the factory does not manage the store's entities, is not
   *     Hibernate's, or its database has no sequences
   */
  public static JpaStore create(EntityManagerFactory entityManagerFactory) {
    requireNonNull(entityManagerFactory, "entityManagerFactory");
    if (!PersistenceUnit.manages(entityManagerFactory)) {
      throw new IllegalArgumentException(
          "the entity manager factory must manage JpaStore.entityClasses(): " + entityClasses());
    }
    if (PersistenceUnit.logsDriverErrors(entityManagerFactory)) {
      log.warn(
          "the entity manager factory logs JDBC error messages, which may quote IBANs and card tokens;"
              + " set hibernate.jdbc.log.errors=false");
    }
    return new JpaStore(entityManagerFactory, List.of());
  }

  /**
   * Returns a store over a host-managed data source: migrates its schema to the current version, then
   * builds the store's own entity manager factory on it. {@link #close()} closes that factory, not the
   * data source.
   *
   * @param dataSource connections to the schema that holds, or will hold, the store's tables
   * @return the store, ready to use
   * @throws IllegalArgumentException if the database is not H2, PostgreSQL or MariaDB
   * @throws MonetizationException if the database cannot be reached or migrated, or its tables do not
   *     match the store's mapping
   */
  public static JpaStore connect(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    return open(dataSource, new ArrayList<>());
  }

  /**
   * Returns a store that owns everything it needs: a connection pool of {@value #DEFAULT_POOL_SIZE}
   * connections to the URL, the schema migrated to the current version, and an entity manager factory.
   * {@link #close()} releases them all. On PostgreSQL the driver rewrites batched inserts into multi-row
   * inserts ({@code reWriteBatchedInserts=true}) unless the URL sets that property itself.
   *
   * @param jdbcUrl the database, e.g. {@code jdbc:postgresql://host/db}, {@code jdbc:mariadb://host/db} or
   *     {@code jdbc:h2:file:./data/billing}; its JDBC driver must be on the class path
   * @param user the database user
   * @param password the user's password, or null when the database authenticates otherwise
   * @return the store, ready to use
   * @throws IllegalArgumentException if the database is not H2, PostgreSQL or MariaDB
   * @throws MonetizationException if the database cannot be reached or migrated, or its tables do not
   *     match the store's mapping
   */
  public static JpaStore connect(String jdbcUrl, String user, @Nullable String password) {
    requireNonNull(jdbcUrl, "jdbcUrl");
    requireNonNull(user, "user");
    HikariConfig config = new HikariConfig();
    config.setPoolName("monetization");
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(DEFAULT_POOL_SIZE);
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      // Sends each JDBC batch of inserts as multi-row inserts: one statement for up to 50 rows instead of
      // 50, which the server executes one by one otherwise. A setting in the URL takes precedence.
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new MonetizationException("cannot open a connection pool to " + jdbcUrl, e);
    }
    List<AutoCloseable> owned = new ArrayList<>();
    owned.add(pool);
    return open(pool, owned);
  }

  private static JpaStore open(DataSource dataSource, List<AutoCloseable> owned) {
    try {
      SchemaMigration.migrate(dataSource);
      EntityManagerFactory entityManagerFactory = PersistenceUnit.create(dataSource);
      owned.add(entityManagerFactory);
      return new JpaStore(entityManagerFactory, owned);
    } catch (RuntimeException e) {
      closeAll(owned, e);
      if (e instanceof jakarta.persistence.PersistenceException) {
        // Start-up failures (e.g. schema validation) explain themselves in the innermost message.
        Throwable root = e;
        while (root.getCause() != null) {
          root = root.getCause();
        }
        throw new MonetizationException("cannot start the JPA store: " + root.getMessage(), e);
      }
      throw e;
    }
  }

  /**
   * Creates or upgrades the store's tables in the schema behind the data source, to the version this
   * library needs; does nothing when they are up to date. Safe to call on every start, from several
   * processes at once. The store records its migrations in its own table, {@code mon_schema_history}, and
   * prefixes its tables with {@code mon_}, so it can share a schema with the host's tables.
   *
   * @param dataSource connections to the schema
   * @throws IllegalArgumentException if the database is not H2, PostgreSQL or MariaDB
   * @throws MonetizationException if the database cannot be reached, a migration fails, or the schema is at
   *     a newer version than this library knows
   */
  public static void migrate(DataSource dataSource) {
    SchemaMigration.migrate(dataSource);
  }

  /**
   * Returns the entity classes that a host's persistence unit must manage for {@link #create} to work on
   * it, e.g. by passing them to {@code PersistenceConfiguration.managedClass}.
   *
   * @return the classes, immutable
   */
  public static List<Class<?>> entityClasses() {
    return PersistenceUnit.entityClasses();
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public CustomerRepository customers() {
    return customers;
  }

  @Override
  public ConfigurationRepository configuration() {
    return configuration;
  }

  @Override
  public CatalogRepository catalog() {
    return catalog;
  }

  @Override
  public BillingProfileRepository billingProfiles() {
    return billingProfiles;
  }

  @Override
  public BalanceGroupRepository balanceGroups() {
    return balanceGroups;
  }

  @Override
  public SubscriptionRepository subscriptions() {
    return subscriptions;
  }

  @Override
  public ServiceRepository services() {
    return services;
  }

  @Override
  public PromotionRepository promotions() {
    return promotions;
  }

  @Override
  public BalanceRepository balances() {
    return balances;
  }

  @Override
  public AdjustmentRepository adjustments() {
    return adjustments;
  }

  @Override
  public UsageEventRepository usageEvents() {
    return usageEvents;
  }

  /**
   * Releases what the store created: its entity manager factory and connection pool, in that order. A
   * store made by {@link #create} owns nothing, and closing it does nothing. Idempotent.
   *
   * @throws MonetizationException if a resource failed to close; the others are closed all the same
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    MonetizationException failure = new MonetizationException("closing the JPA store failed");
    closeAll(owned, failure);
    if (failure.getSuppressed().length > 0) {
      throw failure;
    }
  }

  private static void closeAll(List<AutoCloseable> resources, Throwable failure) {
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        failure.addSuppressed(e);
      }
    }
  }

  @Override
  public CreditProfileRepository creditProfiles() {
    return creditProfiles;
  }

  @Override
  public NotificationRepository notifications() {
    return notifications;
  }

  @Override
  public SharingGroupRepository sharingGroups() {
    return sharingGroups;
  }
}
