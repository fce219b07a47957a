package org.monetization.inmemory;

import java.util.Optional;
import java.util.TreeMap;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.error.ConflictException;
import org.monetization.spi.CatalogRepository;

/** Catalog versions in a version-ordered map, guarded by the store's transaction lock. */
final class InMemoryCatalogRepository implements CatalogRepository {
  private final TransactionLog transactions;
  private final TreeMap<Integer, PublishedCatalog> versions = new TreeMap<>();

  InMemoryCatalogRepository(TransactionLog transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<PublishedCatalog> current() {
    return transactions.read(() -> Optional.ofNullable(versions.lastEntry()).map(e -> e.getValue()));
  }

  @Override
  public Optional<PublishedCatalog> find(int version) {
    return transactions.read(() -> Optional.ofNullable(versions.get(version)));
  }

  @Override
  public void insert(PublishedCatalog catalog) {
    if (versions.containsKey(catalog.version())) {
      throw new ConflictException(
          ConflictException.Reason.DUPLICATE, "catalog version " + catalog.version() + " already exists");
    }
    transactions.recordUndo(() -> versions.remove(catalog.version()));
    versions.put(catalog.version(), catalog);
  }
}
