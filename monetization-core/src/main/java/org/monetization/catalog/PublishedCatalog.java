package org.monetization.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A catalog as published: the version number it received and when. Subscriptions refer to the version
 * they were priced with, so publishing a new catalog never reprices existing ones silently. Immutable.
 *
 * @param version 1 for the first published catalog, then consecutive
 * @param publishedAt when it was published
 * @param catalog the content
 */
public record PublishedCatalog(int version, Instant publishedAt, ProductCatalog catalog) {

  /**
   * Checks the version is positive.
   *
   * @throws IllegalArgumentException if the version is not positive
   */
  public PublishedCatalog {
    checkArgument(version >= 1, "catalog version must be positive: %s", version);
    requireNonNull(publishedAt, "publishedAt");
    requireNonNull(catalog, "catalog");
  }
}
