package org.monetization.customer;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What one run of the closed-account purge did (CUS-8). Immutable.
 *
 * @param cutoff accounts closed before this instant were due
 * @param purged the ids of the accounts deleted by this run, in id order
 */
public record PurgeReport(Instant cutoff, List<CustomerId> purged) {

  /** Copies the ids. */
  public PurgeReport {
    requireNonNull(cutoff, "cutoff");
    purged = List.copyOf(purged);
  }
}
