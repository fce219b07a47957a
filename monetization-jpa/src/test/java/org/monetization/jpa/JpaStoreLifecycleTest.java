package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.config.AttributeTarget;
import org.monetization.config.AttributeType;
import org.monetization.config.CustomAttributeDefinition;
import org.monetization.config.CustomerType;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.PaymentInfo;
import org.monetization.error.MonetizationException;
import org.monetization.paging.PageRequest;
import org.monetization.testing.CustomerFixtures;

/**
 * How a JPA store starts, survives a restart and stops, on H2: the store that owns its pool and factory,
 * and the store over a host's factory.
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
    }
    assertThat(appliedMigrations(url)).as("the restart applies no migration again").isEqualTo(1);
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
      execute(dataSource, "ALTER TABLE mon_customer DROP COLUMN search_city");

      assertThatThrownBy(() -> JpaStore.connect(dataSource))
          .isInstanceOf(MonetizationException.class)
          .hasMessageContaining("search_city");
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
