package org.monetization.rating;

import java.time.Instant;
import javax.money.MonetaryAmount;
import org.monetization.balance.BalanceGroupId;
import org.monetization.event.DomainEvent;

/** A committed change made by rating, published to the domain event listeners. */
public sealed interface RatingEvent extends DomainEvent {

  /**
   * A usage event was rated and applied to its group's balances.
   *
   * @param eventId the event
   * @param serviceIdentifier its service
   * @param groupId the balance group impacted
   * @param charge the money rated
   * @param occurredAt when
   */
  record Rated(String eventId, String serviceIdentifier, BalanceGroupId groupId, MonetaryAmount charge,
      Instant occurredAt) implements RatingEvent {}

  /**
   * A run of a stream's events, given in columns, was rated and applied to its group's balances: one
   * domain event for the run rather than one per event.
   *
   * @param stream the stream's name, the service's own
   * @param firstSequence the first sequence rated; its event has the id
   *     {@code <serviceIdentifier>/<serviceType>/<stream>#<firstSequence>}
   * @param lastSequence the last sequence rated, the stream's new position
   * @param serviceIdentifier the service
   * @param groupId the balance group impacted
   * @param charge the money rated for the run
   * @param occurredAt when
   */
  record StreamRated(String stream, long firstSequence, long lastSequence, String serviceIdentifier,
      BalanceGroupId groupId, MonetaryAmount charge, Instant occurredAt) implements RatingEvent {}

  /**
   * A rated event's amount was adjusted.
   *
   * @param eventId the event
   * @param amount its new amount
   * @param occurredAt when
   */
  record Adjusted(String eventId, MonetaryAmount amount, Instant occurredAt) implements RatingEvent {}
}
