package org.monetization.inmemory;

import org.monetization.spi.CatalogRepository;
import org.monetization.spi.ConfigurationRepository;
import org.monetization.spi.CustomerRepository;
import org.monetization.spi.Store;
import org.monetization.spi.Transactions;

/**
 * A {@link Store} that keeps everything in memory. Thread-safe: transactions are serialised (one writer
 * at a time, readers never see a transaction's partial writes), and a transaction that throws is rolled
 * back by undoing its writes in reverse order. Writing outside a transaction is a programming error.
 *
 * <pre>{@code
 * Monetization m = Monetization.builder().store(InMemoryStore.create()).build();
 * }</pre>
 */
public final class InMemoryStore implements Store {
  private final TransactionLog transactions = new TransactionLog();
  private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository(transactions);
  private final InMemoryConfigurationRepository configuration =
      new InMemoryConfigurationRepository(transactions);
  private final InMemoryCatalogRepository catalog = new InMemoryCatalogRepository(transactions);

  private InMemoryStore() {}

  /** Returns a new, empty store. */
  public static InMemoryStore create() {
    return new InMemoryStore();
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
}
