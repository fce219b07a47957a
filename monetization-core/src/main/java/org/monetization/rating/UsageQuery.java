package org.monetization.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.monetization.time.Validity;

/**
 * Which rated events of a service to list (BAL-6): those that started within a period, in start-time
 * order (then by id), a page at a time. Pages are keyed by the last event of the previous page, so they
 * stay stable while new events arrive. Immutable.
 *
 * <pre>{@code
 * UsageQuery query = UsageQuery.of("+33612345678", Validity.between(march, april));
 * List<RatedEvent> page = rating.events(query);
 * List<RatedEvent> next = rating.events(query.after(page.get(page.size() - 1)));
 * }</pre>
 *
 * @param serviceIdentifier the service
 * @param period the start times to include
 * @param after the last event of the previous page; null for the first page
 * @param limit the page size, 1 to {@value #MAX_LIMIT}
 */
public record UsageQuery(String serviceIdentifier, Validity period, @Nullable RatedEvent after, int limit) {

  /** The largest page. */
  public static final int MAX_LIMIT = 10_000;

  /** The page size of {@link #of(String, Validity)}. */
  public static final int DEFAULT_LIMIT = 100;

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the limit is out of range
   */
  public UsageQuery {
    requireNonNull(serviceIdentifier, "serviceIdentifier");
    requireNonNull(period, "period");
    checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit must be between 1 and %s: %s", MAX_LIMIT, limit);
  }

  /**
   * Returns the first page of a service's events in a period.
   *
   * @param serviceIdentifier the service
   * @param period the start times to include
   * @return the query
   */
  public static UsageQuery of(String serviceIdentifier, Validity period) {
    return new UsageQuery(serviceIdentifier, period, null, DEFAULT_LIMIT);
  }

  /**
   * Returns the query of the page after the given event.
   *
   * @param last the last event of the current page
   * @return the query
   */
  public UsageQuery after(RatedEvent last) {
    return new UsageQuery(serviceIdentifier, period, last, limit);
  }

  /**
   * Returns the query with another page size.
   *
   * @param value the page size
   * @return the query
   * @throws IllegalArgumentException if the size is out of range
   */
  public UsageQuery limit(int value) {
    return new UsageQuery(serviceIdentifier, period, after, value);
  }
}
