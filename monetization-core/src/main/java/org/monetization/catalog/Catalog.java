package org.monetization.catalog;

import java.io.Reader;
import java.io.Writer;
import java.util.Optional;
import org.monetization.error.ValidationException;

/**
 * Publishes and serves the offer catalog (CFG-4 to CFG-7). Each publication is a new, immutable version;
 * only a consistent catalog is published. Thread-safe.
 *
 * <pre>{@code
 * try (Reader json = Files.newBufferedReader(Path.of("catalog.json"))) {
 *   PublishedCatalog published = monetization.catalog().importJson(json);
 * }
 * }</pre>
 */
public interface Catalog {

  /**
   * Validates the catalog and publishes it as the next version.
   *
   * @param catalog the catalog
   * @return the published version
   * @throws ValidationException listing every {@link CatalogProblem} (field = problem path) if the catalog is
   *     inconsistent; nothing is published
   */
  PublishedCatalog publish(ProductCatalog catalog);

  /**
   * Reads a catalog from JSON, validates and publishes it.
   *
   * @param json the JSON text, as written by {@link #exportJson(Writer)}; not closed
   * @return the published version
   * @throws ValidationException if the JSON is malformed or the catalog inconsistent; nothing is published
   */
  PublishedCatalog importJson(Reader json);

  /**
   * Writes the current catalog as JSON; the empty catalog when none was published.
   *
   * @param out where to write; flushed, not closed
   */
  void exportJson(Writer out);

  /** Returns the latest published catalog, if any was published. */
  Optional<PublishedCatalog> current();
}
