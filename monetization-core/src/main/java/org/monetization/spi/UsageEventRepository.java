package org.monetization.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.monetization.rating.RatedEvent;
import org.monetization.subscription.SubscriptionId;

/**
 * Stores rated usage events, keyed by event id. The id is a unique key: the store enforces it between
 * concurrent transactions too, which is what makes ingestion idempotent under races.
 */
public interface UsageEventRepository {

  /**
   * Returns the event with the given id.
   *
   * @param id the event id
   * @return the event, if stored
   */
  Optional<RatedEvent> find(String id);

  /**
   * Returns which of the ids are stored: one round trip for a whole batch.
   *
   * @param ids event ids
   * @return the stored ones
   */
  Set<String> existing(Collection<String> ids);

  /**
   * Returns how much the stored parts of each session add up to: the sum of their reported quantities.
   *
   * @param sessionIds session ids
   * @return the total per session that has stored parts; sessions without any are absent
   */
  Map<String, BigDecimal> sessionQuantities(Collection<String> sessionIds);

  /**
   * Stores new events at version 0.
   *
   * @param events events with distinct ids
   * @throws org.monetization.error.ConflictException with reason {@code CONCURRENT_UPDATE} if an id is
   *     already stored: another transaction rated the event first, and a retry reports it as a duplicate
   */
  void insertAll(List<RatedEvent> events);

  /**
   * Replaces a stored event, provided nobody else changed it since it was read.
   *
   * @param event the new state, carrying the version it was read at
   * @return the stored event, at the next version
   * @throws org.monetization.error.ConflictException with reason {@code CONCURRENT_UPDATE} if the stored
   *     version differs
   */
  RatedEvent update(RatedEvent event);

  /**
   * Returns the events of a service that started in {@code [from, to)}, by start time then id, after a
   * given event.
   *
   * @param serviceIdentifier the service
   * @param from the first start time included
   * @param to the first start time excluded; null for no end
   * @param after the last event of the previous page, excluded with everything before it; null to start
   * @param limit the most events to return
   * @return the events
   */
  List<RatedEvent> ofService(
      String serviceIdentifier, Instant from, @Nullable Instant to, @Nullable RatedEvent after, int limit);

  /**
   * Deletes the rated events of one service of a subscription, for the purge of a closed account (CUS-8):
   * the events reported for the service identifier and rated by the subscription's product. Events of the
   * same identifier rated for another subscription stay. The ids of the deleted events are then unknown: an
   * event ingested again with one of them is no longer a duplicate. Keyed by the service, as listings are,
   * so that a store finds the events through the index it lists them with.
   *
   * @param serviceIdentifier the service the events were reported for
   * @param subscriptionId the subscription whose product rated them
   * @return the number of events deleted
   */
  int deleteOfService(String serviceIdentifier, SubscriptionId subscriptionId);
}
