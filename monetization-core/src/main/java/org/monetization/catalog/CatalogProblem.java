package org.monetization.catalog;

import static java.util.Objects.requireNonNull;

/**
 * One inconsistency found in a catalog: where (a path such as {@code bundles[MOBILE].products[VOICE]})
 * and what. Immutable.
 *
 * @param path where in the catalog
 * @param message what is wrong
 */
public record CatalogProblem(String path, String message) {

  /** Checks the parts are present. */
  public CatalogProblem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
