package org.monetization.jpa;


/**
 * Runs the storage contract suite, and the JPA store's own behaviour tests, on in-memory H2 (the default build). Each test gets a
 * new, empty schema (a fresh in-memory database, shut down afterwards).
 */
class JpaH2StoreContractTest extends StoreContractSuite {
  private static final TestDatabase DATABASE = new TestDatabase.H2Memory();

  @Override
  TestDatabase database() {
    return DATABASE;
  }
}
