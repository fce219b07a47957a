package org.monetization.catalog;

import java.time.Instant;
import org.monetization.event.DomainEvent;

/** A committed change to the catalog, published to the domain event listeners. */
public sealed interface CatalogEvent extends DomainEvent {

  /**
   * A new catalog version was published.
   *
   * @param version the new version number
   * @param occurredAt when
   */
  record Published(int version, Instant occurredAt) implements CatalogEvent {}
}
