package org.monetization.jpa;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.monetization.spi.Store;

/**
 * The base of the JPA store's behaviour tests that run on each test database: the database a subclass
 * names, and stores opened on new schemas of it that are closed, and their schemas dropped, after each test.
 */
abstract class JpaStoreBehaviour {
  private final List<Store> opened = new ArrayList<>();

  /** Returns the database the tests run on. */
  abstract TestDatabase database();

  @AfterEach
  final void closeStores() {
    opened.forEach(database()::close);
  }

  /** Returns a store over a new, empty, migrated schema, closed after the test. */
  final JpaStore open() {
    JpaStore store = database().open();
    opened.add(store);
    return store;
  }

  /** Returns a store whose statements are counted, over a new schema, closed after the test. */
  final TestDatabase.Counted openCounted() {
    TestDatabase.Counted counted = database().openCounted();
    opened.add(counted.store());
    return counted;
  }
}
