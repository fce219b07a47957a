package org.monetization.contract;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.monetization.customer.Customer;
import org.monetization.spi.Store;

/**
 * Gives each contract test a fresh, empty store. A storage adapter's test extends a contract class and
 * implements {@link #newStore()}; it may release resources in {@link #closeStore(Store)}.
 */
abstract class StoreContractSupport {
  protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  protected Store store;

  /** Returns a new store over empty storage. */
  protected abstract Store newStore();

  /** Releases what {@link #newStore()} opened; nothing by default. */
  protected void closeStore(Store store) {}

  @BeforeEach
  final void openStore() {
    store = newStore();
  }

  @AfterEach
  final void releaseStore() {
    closeStore(store);
  }

  protected <T> T tx(java.util.function.Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  protected Customer insert(Customer customer) {
    return tx(() -> store.customers().insert(customer));
  }
}
