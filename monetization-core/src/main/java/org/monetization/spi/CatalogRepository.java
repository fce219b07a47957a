package org.monetization.spi;

import java.util.Optional;
import org.monetization.catalog.PublishedCatalog;

/** Stores the published versions of the catalog; versions are immutable once stored. */
public interface CatalogRepository {

  /** Returns the published catalog with the highest version, if any. */
  Optional<PublishedCatalog> current();

  /**
   * Returns the published catalog of the given version.
   *
   * @param version the version number
   * @return the catalog, if that version was published
   */
  Optional<PublishedCatalog> find(int version);

  /**
   * Stores a new version.
   *
   * @param catalog the version to store
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if that version exists
   */
  void insert(PublishedCatalog catalog);
}
