package org.monetization.rating;

import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.monetization.error.ConflictException;
import org.monetization.error.InsufficientBalanceException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;

/**
 * Real-time rating (BAL-6, BAL-7). An event is matched to the subscription product of its service and
 * service type, priced by that product's tariff in the catalog version the subscription was priced with
 * (most specific rate, rounding step, volume tiers over the cycle's usage), and applied to the
 * subscription's balance group: free-unit balances first, in their resource's consumption order, then
 * money. A PREPAID charge the available credit cannot cover is refused; a POSTPAID charge accumulates on
 * the billing currency's balance of the event's billing cycle.
 *
 * <p>Ingestion is idempotent by event id: a replay is reported as {@link RatingStatus#DUPLICATE} and never
 * applied twice. Everything is a batch: {@link #rateAll(List)} applies its events in order in one
 * transaction, loading each balance group once; a bad event is reported in its own result and does not
 * fail the others. Thread-safe.
 *
 * <pre>{@code
 * List<RatingResult> results = monetization.rating().rateAll(events);
 * results.stream().filter(r -> r.status() == RatingStatus.REJECTED)
 *     .forEach(r -> log.warn("{} refused: {}", r.eventId(), r.failure().getMessage()));
 * }</pre>
 */
public interface Rating {

  /**
   * Rates a batch of events, in order, and applies every event that can be rated.
   *
   * @param events the events; ids repeated within the batch are duplicates of their first occurrence
   * @return one result per event, in the same order
   */
  List<RatingResult> rateAll(List<UsageEvent> events);

  /**
   * Rates a run of one service's usage given in columns, the high-volume path: the run's input, service
   * and fields are checked once, then each event is priced and applied on primitives, in order, in one
   * transaction, as {@link #rateAll(List)} would rate the same events. Idempotent by the stream's position
   * (see {@link UsageColumns}): the events at or before it are duplicates; the run is applied up to the
   * first event refused, and the position advances over what was applied, in the same transaction as the
   * balances.
   *
   * <pre>{@code
   * ColumnsResult result = monetization.rating().rateColumns(usage);
   * if (result.refusal() != null) {
   *   log.warn("{} stopped at sequence {}: {}", result.stream(), result.position() + 1,
   *       result.refusal().getMessage());
   * }
   * }</pre>
   *
   * @param usage the run
   * @return what was applied
   * @throws ValidationException naming every bad field, with nothing changed: blank service, type or stream,
   *     a stream name too long for its events' ids, a first sequence below 1 or too large, no event or more
   *     than {@value UsageColumns#MAX_SIZE}, a quantity scale out of range, each negative quantity
   *     ({@code quantities[i]}) and start time out of range ({@code startTimes[i]}); and, once the service is
   *     found, the fields and the rate, as for {@link #rate(UsageEvent)}; or a run whose total is too large
   *     to rate
   * @throws NotFoundException if no service has the identifier, or it has no product of the service type
   * @throws ConflictException with reason {@code ILLEGAL_STATE} if the run leaves a gap: its first sequence
   *     is beyond the one after the stream's position
   */
  ColumnsResult rateColumns(UsageColumns usage);

  /**
   * Rates one event: a batch of one that throws when its event is refused.
   *
   * @param event the event
   * @return the result, {@link RatingStatus#RATED} or {@link RatingStatus#DUPLICATE}
   * @throws ValidationException naming every bad field: blank id, negative quantity, a missing mandatory or
   *     rating field, a value of the wrong type, an unknown field, no rate for the rating fields
   * @throws NotFoundException if no service has the identifier, or it has no product of the service type
   * @throws ConflictException with reason {@code ILLEGAL_STATE} if the service is not active or the event
   *     lies outside its validity, or the account is closed, and the {@link InactiveServiceMode} refuses it
   * @throws InsufficientBalanceException if a prepaid charge exceeds the available credit
   */
  RatingResult rate(UsageEvent event);

  /**
   * Creates a usage event by hand (BAL-6): rated exactly like a reported one, but a repeated id is an
   * error rather than a duplicate.
   *
   * @param event the event
   * @return the stored event
   * @throws ConflictException with reason {@code DUPLICATE} if an event with that id exists, or
   *     {@code ILLEGAL_STATE} as for {@link #rate(UsageEvent)}
   * @throws ValidationException as for {@link #rate(UsageEvent)}
   * @throws NotFoundException as for {@link #rate(UsageEvent)}
   * @throws InsufficientBalanceException as for {@link #rate(UsageEvent)}
   */
  RatedEvent create(UsageEvent event);

  /**
   * Adjusts a rated event's amount (BAL-6): the change, plus its tax when asked, lands on the billing
   * currency's balance of the current billing cycle and is recorded in the adjustment ledger.
   *
   * @param request the adjustment
   * @return the event with its new amount
   * @throws ValidationException naming every bad field: zero amount, another currency than the event's,
   *     more decimals than the currency resource's scale, blank bill item, tax without a tax provider
   * @throws NotFoundException if no event has the id
   */
  RatedEvent adjust(EventAdjustment request);

  /**
   * Returns the rated event with the given id.
   *
   * @param eventId the event id
   * @return the event, if rated
   */
  Optional<RatedEvent> find(String eventId);

  /**
   * Returns a page of a service's rated events that started in a period, by start time then id.
   *
   * @param query the service, period and page
   * @return the events
   */
  List<RatedEvent> events(UsageQuery query);

  /**
   * Streams a service's rated events that started in a period to CSV (RFC 4180, CRLF line ends, one header
   * line): id, service, type, session, start, created, quantities, charge, amount, currency and the fields as
   * {@code name=value} pairs joined by {@code ;}. Memory stays bounded whatever the number of events.
   *
   * @param query the service and period; its page settings are ignored
   * @param out where to write; flushed, not closed
   * @return the number of events written
   */
  long exportCsv(UsageQuery query, Writer out);
}
