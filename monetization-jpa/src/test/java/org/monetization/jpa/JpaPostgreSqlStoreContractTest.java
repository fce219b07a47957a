package org.monetization.jpa;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the storage contract suite, and the JPA store's own behaviour tests, on PostgreSQL, in the {@code databases} Maven profile only. Each test gets a
 * new, empty schema (a schema of the test database, dropped afterwards).
 */
@EnabledIfSystemProperty(named = TestDatabase.SERVERS_PROPERTY, matches = ".*postgresql.*")
class JpaPostgreSqlStoreContractTest extends StoreContractSuite {
  private static final TestDatabase DATABASE = new TestDatabase.PostgreSql();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
