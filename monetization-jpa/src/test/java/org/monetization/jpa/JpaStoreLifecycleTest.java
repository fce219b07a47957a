package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.balance.Adjustment;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceTotal;
import org.monetization.billing.BillingCalendar;
import org.monetization.billing.BillingProfile;
import org.monetization.catalog.ProductType;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.config.AttributeTarget;
import org.monetization.config.AttributeType;
import org.monetization.config.BillingInterval;
import org.monetization.config.CustomAttributeDefinition;
import org.monetization.config.CustomerType;
import org.monetization.config.PaymentType;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.PaymentInfo;
import org.monetization.error.MonetizationException;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.NotificationEvent;
import org.monetization.notification.RedeliveryReport;
import org.monetization.notification.RedeliveryRequest;
import org.monetization.notification.Threshold;
import org.monetization.paging.PageRequest;
import org.monetization.rating.ColumnsResult;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.RatingResult;
import org.monetization.rating.RatingStatus;
import org.monetization.rating.UsageColumns;
import org.monetization.rating.UsageQuery;
import org.monetization.spi.NotificationMessage;
import org.monetization.spi.Store;
import org.monetization.subscription.PendingCharge;
import org.monetization.subscription.ProductStatus;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.ServiceStatus;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;
import org.monetization.subscription.SubscriptionStatus;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.MutableClock;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RecordingChannel;
import org.monetization.time.Validity;

/**
 * How a JPA store starts, survives a restart (every aggregate: customers, configuration, catalogs, billing
 * profiles, balance groups, subscriptions, services, redemptions; a rated event stays a duplicate; a pending
 * notification delivery is sent after it) and stops, on H2: the store that owns its pool and factory, and
 * the store over a host's factory.
 */
class JpaStoreLifecycleTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void aFileDatabaseKeepsEverythingAcrossARestart() throws SQLException {
    Path directory = Path.of("target", "h2-durability", UUID.randomUUID().toString()).toAbsolutePath();
    String url = "jdbc:h2:file:" + directory.resolve("monetization");
    List<CustomerType> types = List.of(CustomerType.of("BUSINESS", "Business"), CustomerType.of("RESIDENTIAL", "Residential"));
    List<CustomAttributeDefinition> attributes = List.of(
        CustomAttributeDefinition.enumeration(AttributeTarget.CUSTOMER, "segment", true, Set.of("SME", "LARGE")),
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "vip", AttributeType.BOOLEAN)
            .withPrintedOnInvoice(true));
    List<Customer> written;
    CustomerId lastId;
    Billing billing;
    Subscription subscription;
    ProvisionedService line;
    ProvisionedService box;
    List<PublishedCatalog> catalogs;
    SubscriptionId lastSubscriptionId;
    try (JpaStore store = JpaStore.connect(url, "sa", "")) {
      List<Customer> inserted = store.transactions().inTransaction(() -> {
        types.forEach(store.configuration()::insertCustomerType);
        attributes.forEach(store.configuration()::insertAttribute);
        Customer rich = store.customers().insert(CustomerFixtures.richCustomer(store.customers().nextId(), T0));
        Customer byCard = store.customers().insert(
            CustomerFixtures.plainCustomer(store.customers().nextId(), "Card", "Holder", T0)
                .withPayment(PaymentInfo.creditCard("Card Holder", "tok_visa_4242")));
        Customer closed = store.customers().insert(
            CustomerFixtures.plainCustomer(store.customers().nextId(), "Gone", "Away", T0));
        return List.of(rich, byCard, closed);
      });
      Customer closedNow = store.transactions().inTransaction(() -> store.customers().update(
          inserted.get(2).withStatus(CustomerStatus.CLOSED, T0.plusSeconds(3600))));
      written = List.of(inserted.get(0), inserted.get(1), closedNow);
      lastId = store.transactions().inTransaction(() -> store.customers().nextId());

      catalogs = List.of(new PublishedCatalog(1, T0, CatalogFixtures.mobile()),
          new PublishedCatalog(2, T0.plusSeconds(60), CatalogFixtures.mobileWithUpgrade()));
      store.transactions().inTransaction(() -> {
        catalogs.forEach(store.catalog()::insert);
        return null;
      });
      billing = store.transactions().inTransaction(() -> Billing.of(store, written.get(0).id()));
      Subscription inserted0 = store.transactions().inTransaction(() ->
          store.subscriptions().insert(subscription(store.subscriptions().nextId(), written.get(0).id(), billing)));
      line = store.transactions().inTransaction(() -> store.services().insert(new ProvisionedService("+33612345678",
          inserted0.id(), written.get(0).id(), Map.of("VOICE", 1, "DATA", 2), Validity.from(T0),
          ServiceStatus.ACTIVE, List.of("IMEI-356938035643809"), List.of("MSC-PARIS-1", "GGSN-2"), 0)));
      ProvisionedService boxInserted = store.transactions().inTransaction(() -> {
        store.promotions().redeem("WELCOME5", 1, inserted0.id(), T0);
        return store.services().insert(new ProvisionedService("1700000000000", inserted0.id(),
            written.get(0).id(), Map.of("SMS", 3), Validity.from(T0), ServiceStatus.ACTIVE, List.of(), List.of(), 0));
      });
      // Updated once, so that the restart must keep the versions and the changed child rows too.
      subscription = store.transactions().inTransaction(() -> store.subscriptions().update(
          inserted0.with(inserted0.products(), List.of("WELCOME5", "SPRING10"), inserted0.pendingCharges())));
      box = store.transactions().inTransaction(() -> store.services().update(boxInserted.with(
          Validity.between(T0, T0.plusSeconds(86_400)), ServiceStatus.INACTIVE, List.of("CPE-9"), List.of("SMSC-1"))));
      lastSubscriptionId = store.transactions().inTransaction(() -> store.subscriptions().nextId());
    }

    try (JpaStore reopened = JpaStore.connect(url, "sa", "")) {
      for (Customer customer : written) {
        assertThat(reopened.customers().find(customer.id())).contains(customer);
      }
      assertThat(reopened.customers().chunk(CustomerFilter.none(), null, 10)).isEqualTo(written);
      assertThat(reopened.customers().page(CustomerFilter.none(), PageRequest.first(10)).items())
          .isEqualTo(written.stream().map(CustomerSummary::of).toList());
      assertThat(reopened.customers().closedBefore(T0.plusSeconds(3601), 10)).containsExactly(written.get(2).id());
      assertThat(reopened.configuration().customerTypes()).isEqualTo(types);
      assertThat(reopened.configuration().attributes(AttributeTarget.CUSTOMER)).isEqualTo(attributes);
      assertThat(reopened.transactions().inTransaction(() -> reopened.customers().nextId()).value())
          .isGreaterThan(lastId.value());

      assertThat(reopened.catalog().current()).contains(catalogs.get(1));
      assertThat(reopened.catalog().find(1)).contains(catalogs.get(0));
      assertThat(reopened.billingProfiles().ofCustomer(written.get(0).id())).containsExactly(billing.profile());
      assertThat(reopened.balanceGroups().ofCustomer(written.get(0).id())).containsExactly(billing.group());
      assertThat(reopened.subscriptions().find(subscription.id())).contains(subscription);
      assertThat(subscription.version()).isEqualTo(1);
      assertThat(reopened.subscriptions().ofCustomer(written.get(0).id())).containsExactly(subscription);
      assertThat(reopened.services().find(line.identifier())).contains(line);
      // By identifier: "+" sorts before "1".
      assertThat(reopened.services().ofSubscription(subscription.id())).containsExactly(line, box);
      assertThat(reopened.promotions().redemptions("WELCOME5")).isEqualTo(1);
      assertThat(reopened.transactions().inTransaction(() -> reopened.subscriptions().nextId()).value())
          .isGreaterThan(lastSubscriptionId.value());
      assertThat(reopened.transactions().inTransaction(() -> reopened.billingProfiles().nextId()).value())
          .isGreaterThan(billing.profile().id().value());
      assertThat(reopened.transactions().inTransaction(() -> reopened.balanceGroups().nextId()).value())
          .isGreaterThan(billing.group().id().value());
    }
    assertThat(appliedMigrations(url)).as("the restart applies no migration again").isEqualTo(11);
  }

  /** A customer's billing profile and balance group. */
  private record Billing(BillingProfile profile, BalanceGroup group) {
    static Billing of(Store store, CustomerId customer) {
      BillingProfile profile = new BillingProfile(store.billingProfiles().nextId(), customer, "Main",
          PaymentType.PREPAID, CatalogFixtures.EUR,
          new BillingCalendar(BillingInterval.QUARTERLY, 29, ZoneId.of("America/Sao_Paulo")),
          T0.plusNanos(123_456_000), Validity.between(T0, T0.plusSeconds(86_400 * 366)));
      store.billingProfiles().insert(profile);
      BalanceGroup group = new BalanceGroup(store.balanceGroups().nextId(), customer, profile.id(), "Main",
          Validity.from(T0));
      store.balanceGroups().insert(group);
      return new Billing(profile, group);
    }
  }

  /** A subscription with every kind of product line, a coupon and charges with four-decimal amounts. */
  private static Subscription subscription(SubscriptionId id, CustomerId customer, Billing billing) {
    return new Subscription(id, customer, billing.group().id(), "MOBILE_L", 2, SubscriptionStatus.ACTIVE, T0, null,
        List.of(
            new SubscribedProduct(1, "MOBILE_L_BASE", "VOICE", ProductType.SERVICE, false, BigDecimal.ONE, null, null,
                Validity.from(T0), ProductStatus.ACTIVE, "+33612345678"),
            new SubscribedProduct(2, "MOBILE_L_BASE", "DATA", ProductType.SERVICE, false, BigDecimal.ONE, null, null,
                Validity.from(T0), ProductStatus.ACTIVE, "+33612345678"),
            new SubscribedProduct(3, "MOBILE_L_BASE", "SMS", ProductType.SERVICE, false, BigDecimal.ONE, null, null,
                Validity.from(T0), ProductStatus.ACTIVE, "1700000000000"),
            new SubscribedProduct(4, "MOBILE_L_BASE", "MONTHLY_FEE", ProductType.RECURRING, false,
                new BigDecimal("1.250"), CatalogFixtures.eur("29.99"), CatalogFixtures.eur("37.49"),
                Validity.between(T0, T0.plusSeconds(3600)), ProductStatus.CANCELLED, null),
            new SubscribedProduct(5, "ROAMING_EU", "ROAMING_DATA", ProductType.ALLOWANCE, true,
                new BigDecimal("2E+3"), null, null, Validity.from(T0), ProductStatus.ACTIVE, null)),
        List.of("WELCOME5"),
        List.of(new PendingCharge("Activation", CatalogFixtures.eur("10.00"), T0),
            new PendingCharge("MONTHLY_FEE (unused until 2026-04-01T00:00:00Z)", CatalogFixtures.eur("-3.3333"),
                T0.plusSeconds(60))),
        0);
  }

  /**
   * Issue 6: an event rated before a restart is a duplicate after it. The second rating finds the stored
   * event by its id (the primary key of mon_usage_event), reports it as DUPLICATE with the event as first
   * rated, and changes no balance; a new event of the same batch is rated on the balances as stored.
   */
  @Test
  void aRatedEventIsADuplicateAfterARestartAndChangesNoBalance() {
    Path directory = Path.of("target", "h2-rating", UUID.randomUUID().toString()).toAbsolutePath();
    String url = "jdbc:h2:file:" + directory.resolve("monetization");
    String identifier = "+33677777777";
    BalanceGroupId group;
    RatedEvent rated;
    List<Balance> balancesBefore;
    List<Adjustment> ledgerBefore;
    try (JpaStore store = JpaStore.connect(url, "sa", "")) {
      Monetization sdk = JpaRatingBehaviour.sdk(store, 5);
      JpaRatingBehaviour.configure(sdk);
      group = JpaRatingBehaviour.onboard(sdk, identifier);
      JpaRatingBehaviour.credit(sdk, group, "100");

      RatingResult first = sdk.rating().rate(RatingTestBed.data("cdr-restart", identifier, "150"));

      assertThat(first.status()).isEqualTo(RatingStatus.RATED);
      rated = first.event();
      balancesBefore = sdk.balances().balances(group);
      ledgerBefore = sdk.balances().adjustments(group);
      assertThat(sdk.balances().totals(group)).containsExactly(
          new BalanceTotal("DATA_MB", new BigDecimal("0")), new BalanceTotal("EUR", new BigDecimal("0.5000")));
    }

    try (JpaStore store = JpaStore.connect(url, "sa", "")) {
      Monetization sdk = JpaRatingBehaviour.sdk(store, 5);

      RatingResult again = sdk.rating().rate(RatingTestBed.data("cdr-restart", identifier, "150"));

      assertThat(again.status()).isEqualTo(RatingStatus.DUPLICATE);
      assertThat(again.event()).isEqualTo(rated);
      assertThat(sdk.balances().balances(group)).isEqualTo(balancesBefore);
      assertThat(sdk.balances().adjustments(group)).isEqualTo(ledgerBefore);

      List<RatingResult> batch = sdk.rating().rateAll(List.of(
          RatingTestBed.data("cdr-restart", identifier, "150"), RatingTestBed.data("cdr-after", identifier, "10")));

      assertThat(batch).extracting(RatingResult::status).containsExactly(RatingStatus.DUPLICATE, RatingStatus.RATED);
      assertThat(sdk.balances().totals(group)).containsExactly(
          new BalanceTotal("DATA_MB", new BigDecimal("0")), new BalanceTotal("EUR", new BigDecimal("0.6000")));
      assertThat(sdk.rating().events(UsageQuery.of(identifier, Validity.between(RatingTestBed.MARCH,
          RatingTestBed.APRIL)))).extracting(RatedEvent::id).containsExactly("cdr-after", "cdr-restart");
    }
  }

  /**
   * Issue 6: a stream's position survives a restart with the balances it was written with, so a run sent
   * again after the restart is a duplicate, and the next run continues from it.
   */
  @Test
  void aStreamsPositionSurvivesARestart() {
    Path directory = Path.of("target", "h2-columns", UUID.randomUUID().toString()).toAbsolutePath();
    String url = "jdbc:h2:file:" + directory.resolve("monetization");
    String identifier = "+33677777778";
    UsageColumns run = UsageColumns.builder(identifier, "DATA", "pgw-1").field("startTime", RatingTestBed.NOW.toString())
        .field("zone", "EU").add(RatingTestBed.NOW, 150).add(RatingTestBed.NOW.plusSeconds(1), 50).build();
    BalanceGroupId group;
    List<Balance> balancesBefore;
    try (JpaStore store = JpaStore.connect(url, "sa", "")) {
      Monetization sdk = JpaRatingBehaviour.sdk(store, 5);
      JpaRatingBehaviour.configure(sdk);
      group = JpaRatingBehaviour.onboard(sdk, identifier);
      JpaRatingBehaviour.credit(sdk, group, "100");
      assertThat(sdk.rating().rateColumns(run).rated()).isEqualTo(2);
      balancesBefore = sdk.balances().balances(group);
    }

    try (JpaStore store = JpaStore.connect(url, "sa", "")) {
      Monetization sdk = JpaRatingBehaviour.sdk(store, 5);

      ColumnsResult again = sdk.rating().rateColumns(run);

      assertThat(again.duplicates()).isEqualTo(2);
      assertThat(again.rated()).isZero();
      assertThat(sdk.balances().balances(group)).isEqualTo(balancesBefore);
      UsageColumns next = UsageColumns.builder(identifier, "DATA", "pgw-1").firstSequence(3)
          .field("startTime", RatingTestBed.NOW.toString()).field("zone", "EU").add(RatingTestBed.NOW, 10).build();
      assertThat(sdk.rating().rateColumns(next).position()).isEqualTo(3);
      assertThat(sdk.balances().totals(group)).containsExactly(
          new BalanceTotal("DATA_MB", new BigDecimal("0")), new BalanceTotal("EUR", new BigDecimal("1.1000")));
    }
  }

  /** A process stopping where it is thrown: the SDK catches no {@link Error}. */
  private static final class ProcessStopped extends Error {
    ProcessStopped() {
      super("the process stopped after the commit, before the notification was sent");
    }
  }

  /**
   * Issue 6, BAL-9: a process that stops between a command's commit and the send of its notification leaves
   * the delivery pending in the database; after closing and reopening the store (its entity manager factory
   * and pool), the resend job of the new process sends it once and records it sent.
   */
  @Test
  void aPendingDeliverySurvivesARestartAndIsThenSentOnceByTheResendJob() {
    Path directory = Path.of("target", "h2-outbox", UUID.randomUUID().toString()).toAbsolutePath();
    String url = "jdbc:h2:file:" + directory.resolve("monetization");
    String identifier = "+33677777778";
    MutableClock clock = MutableClock.at(RatingTestBed.NOW);
    RecordingChannel beforeStop = new RecordingChannel("ops");
    BalanceGroupId group;
    Notification notification;
    try (JpaStore store = JpaStore.connect(url, "sa", "")) {
      Monetization sdk = Monetization.builder().store(store).clock(clock).notificationChannel(beforeStop)
          .eventListener(event -> {
            if (event instanceof NotificationEvent.Recorded) {
              throw new ProcessStopped();
            }
          })
          .build();
      JpaRatingBehaviour.configure(sdk);
      group = JpaRatingBehaviour.onboard(sdk, identifier);
      JpaRatingBehaviour.credit(sdk, group, "1000");
      sdk.notifications().defineCreditProfile(new CreditProfile(group,
          List.of(Threshold.amount("DATA_MB", new BigDecimal("500"))), List.of("ops")));

      assertThatThrownBy(() -> sdk.rating().rate(RatingTestBed.data("cdr-outbox", identifier, "600")))
          .isInstanceOf(ProcessStopped.class);

      notification = sdk.notifications().notifications(group).get(0);
    }
    assertThat(beforeStop.calls()).isZero();

    clock.advance(RedeliveryRequest.DEFAULT_PENDING_GRACE.plusSeconds(1));
    RecordingChannel afterRestart = new RecordingChannel("ops");
    try (JpaStore store = JpaStore.connect(url, "sa", "")) {
      Monetization sdk = Monetization.builder().store(store).clock(clock).notificationChannel(afterRestart).build();
      assertThat(sdk.notifications().deliveries(notification.id()))
          .containsExactly(NotificationDelivery.pending(notification.id(), "ops", RatingTestBed.NOW));

      RedeliveryReport report = sdk.notifications().redeliver(RedeliveryRequest.of(10));

      assertThat(report).isEqualTo(new RedeliveryReport(1, 0, 0, 0, 0));
      assertThat(afterRestart.sent()).extracting(NotificationMessage::notification).containsExactly(notification);
      assertThat(sdk.notifications().deliveries(notification.id())).containsExactly(new NotificationDelivery(
          notification.id(), "ops", NotificationDelivery.Status.SENT, 1, null, clock.instant(), null, null));
      assertThat(sdk.notifications().redeliver(RedeliveryRequest.of(10)).selected()).isZero();
    }
    assertThat(afterRestart.calls()).isEqualTo(1);
  }

  @Test
  void aStoreOverAHostFactoryNeitherMigratesNorClosesIt() {
    JdbcDataSource dataSource = h2Memory();
    try (EntityManagerFactory unmigrated = hostFactory(dataSource, JpaStore.entityClasses())) {
      JpaStore store = JpaStore.create(unmigrated);
      assertThatThrownBy(() -> store.customers().count())
          .as("the schema is the host's to migrate")
          .isExactlyInstanceOf(MonetizationException.class);
    }

    JpaStore.migrate(dataSource);
    try (EntityManagerFactory host = hostFactory(dataSource, JpaStore.entityClasses())) {
      JpaStore store = JpaStore.create(host);
      Monetization monetization = Monetization.builder().store(store).build();
      monetization.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
      Customer onboarded =
          monetization.onboarding().submit(CustomerFixtures.onboarding("Grace", "Hopper")).customer();
      store.close();

      assertThat(host.isOpen()).isTrue();
      assertThat(JpaStore.create(host).customers().find(onboarded.id())).contains(onboarded);
    } finally {
      shutdown(dataSource);
    }
  }

  @Test
  void aHostFactoryThatDoesNotManageTheStoreEntitiesIsRejected() {
    JdbcDataSource dataSource = h2Memory();
    JpaStore.migrate(dataSource);
    List<Class<?>> some = JpaStore.entityClasses().subList(1, JpaStore.entityClasses().size());
    try (EntityManagerFactory host = hostFactory(dataSource, some)) {
      assertThatThrownBy(() -> JpaStore.create(host))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("entityClasses");
    } finally {
      shutdown(dataSource);
    }
  }

  @Test
  void migrationsShareAHostSchemaAndRunOnce() throws SQLException {
    JdbcDataSource dataSource = h2Memory();
    try {
      execute(dataSource, "CREATE TABLE host_orders (id BIGINT PRIMARY KEY)");

      JpaStore.migrate(dataSource);
      JpaStore.migrate(dataSource);

      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement();
          ResultSet versions = statement.executeQuery(
              "SELECT \"version\", \"type\" FROM \"mon_schema_history\""
                  + " WHERE \"type\" <> 'TABLE' ORDER BY \"installed_rank\"")) {
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("type")).isEqualTo("BASELINE");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("1");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("2");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("3");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("4");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("5");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("6");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("8");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("9");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("10");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("11");
        assertThat(versions.next()).isTrue();
        assertThat(versions.getString("version")).isEqualTo("12");
        assertThat(versions.next()).as("the second migrate applies nothing").isFalse();
      }
      try (JpaStore store = JpaStore.connect(dataSource)) {
        assertThat(store.customers().count()).isZero();
      }
    } finally {
      shutdown(dataSource);
    }
  }

  @Test
  void theStoreRefusesToStartOnTablesThatDoNotMatchItsMapping() {
    JdbcDataSource dataSource = h2Memory();
    try {
      JpaStore.migrate(dataSource);
      execute(dataSource, "ALTER TABLE mon_customer DROP COLUMN search_country");

      assertThatThrownBy(() -> JpaStore.connect(dataSource))
          .isInstanceOf(MonetizationException.class)
          .hasMessageContaining("search_country");
    } finally {
      shutdown(dataSource);
    }
  }

  @Test
  void closingTwiceIsHarmless() {
    JpaStore store = JpaStore.connect("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
    store.close();
    store.close();
  }

  private static EntityManagerFactory hostFactory(JdbcDataSource dataSource, List<Class<?>> entities) {
    return new HibernatePersistenceConfiguration("host")
        .managedClasses(entities)
        .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
        .property(AvailableSettings.LOG_JDBC_ERRORS, false)
        .createEntityManagerFactory();
  }

  private static JdbcDataSource h2Memory() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:host-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return dataSource;
  }

  private static void shutdown(JdbcDataSource dataSource) {
    execute(dataSource, "SHUTDOWN");
  }

  private static void execute(JdbcDataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static int appliedMigrations(String url) throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM \"mon_schema_history\" WHERE \"type\" = 'SQL'")) {
      count.next();
      return count.getInt(1);
    }
  }
}
