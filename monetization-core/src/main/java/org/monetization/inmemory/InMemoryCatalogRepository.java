package org.monetization.inmemory;

import java.util.Optional;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.spi.CatalogRepository;

/** Catalog versions in memory, by version number. */
final class InMemoryCatalogRepository implements CatalogRepository {
  private final Table<Integer, PublishedCatalog> versions;

  InMemoryCatalogRepository(TransactionLog transactions) {
    this.versions = new Table<>(transactions, "catalog version");
  }

  @Override
  public Optional<PublishedCatalog> current() {
    return versions.last();
  }

  @Override
  public Optional<PublishedCatalog> find(int version) {
    return versions.find(version);
  }

  @Override
  public void insert(PublishedCatalog catalog) {
    versions.insert(catalog.version(), catalog);
  }
}
