package org.monetization.jpa;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the storage contract suite, and the JPA store's own behaviour tests, on MariaDB, in the {@code databases} Maven profile only. Each test gets a
 * new, empty schema (a database of its own on the server, dropped afterwards).
 */
@EnabledIfSystemProperty(named = TestDatabase.SERVERS_PROPERTY, matches = ".*mariadb.*")
class JpaMariaDbStoreContractTest extends StoreContractSuite {
  private static final TestDatabase DATABASE = new TestDatabase.MariaDb();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
