package org.monetization.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.monetization.error.MonetizationException;

/**
 * What became of one event of a rating batch. Immutable.
 *
 * @param eventId the event's id
 * @param status rated, duplicate or rejected
 * @param event the stored event: the one just rated, or the earlier one a duplicate repeats; null when
 *     rejected
 * @param failure why the event was rejected: a {@code ValidationException} naming every bad field, a
 *     {@code NotFoundException} (unknown service), a {@code ConflictException} (service not active, account
 *     closed) or an {@code InsufficientBalanceException}; null otherwise
 */
public record RatingResult(
    String eventId, RatingStatus status, @Nullable RatedEvent event, @Nullable MonetizationException failure) {

  /**
   * Checks that exactly rejected results carry a failure, and the others an event.
   *
   * @throws IllegalArgumentException if they do not
   */
  public RatingResult {
    requireNonNull(eventId, "eventId");
    requireNonNull(status, "status");
    checkArgument((status == RatingStatus.REJECTED) == (failure != null), "exactly rejections carry a failure");
    checkArgument((status == RatingStatus.REJECTED) == (event == null), "exactly rejections carry no event");
  }

  /**
   * Returns the result of an event rated now.
   *
   * @param event the stored event
   * @return the result
   */
  public static RatingResult rated(RatedEvent event) {
    return new RatingResult(event.id(), RatingStatus.RATED, event, null);
  }

  /**
   * Returns the result of a replayed event.
   *
   * @param original the event stored when it was first rated
   * @return the result
   */
  public static RatingResult duplicate(RatedEvent original) {
    return new RatingResult(original.id(), RatingStatus.DUPLICATE, original, null);
  }

  /**
   * Returns the result of a refused event.
   *
   * @param eventId the event id
   * @param failure why
   * @return the result
   */
  public static RatingResult rejected(String eventId, MonetizationException failure) {
    return new RatingResult(eventId, RatingStatus.REJECTED, null, failure);
  }
}
