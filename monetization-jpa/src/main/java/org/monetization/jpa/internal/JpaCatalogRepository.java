package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.spi.CatalogRepository;

/**
 * Published catalog versions in {@code mon_catalog}, keyed by version; each is a JSON document (see
 * {@link CatalogEntity}). A taken version is detected by the primary key when the insert is flushed, at
 * the latest on commit, so two concurrent publishers of the same version cannot both commit. The
 * publication instant is stored to the microsecond. Thread-safe.
 */
public final class JpaCatalogRepository implements CatalogRepository {
  private final JpaTransactions transactions;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   */
  public JpaCatalogRepository(JpaTransactions transactions) {
    this.transactions = requireNonNull(transactions, "transactions");
  }

  @Override
  public Optional<PublishedCatalog> current() {
    return transactions.read(
        entityManager ->
            entityManager
                .createQuery(
                    "select c from CatalogEntity c"
                        + " where c.version = (select max(l.version) from CatalogEntity l)",
                    CatalogEntity.class)
                .getResultStream()
                .findFirst()
                .map(CatalogEntity::toPublishedCatalog));
  }

  @Override
  public Optional<PublishedCatalog> find(int version) {
    return transactions.read(
        entityManager ->
            Optional.ofNullable(entityManager.find(CatalogEntity.class, version))
                .map(CatalogEntity::toPublishedCatalog));
  }

  @Override
  public void insert(PublishedCatalog catalog) {
    requireNonNull(catalog, "catalog");
    CatalogEntity entity = CatalogEntity.of(catalog);
    transactions.write(
        entityManager -> {
          entityManager.persist(entity);
          return null;
        });
  }
}
