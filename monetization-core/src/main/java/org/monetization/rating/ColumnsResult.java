package org.monetization.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.monetization.error.MonetizationException;

/**
 * What became of a run of {@link UsageColumns}: it is applied as a prefix. Its first events up to the
 * stream's position are duplicates, applied before; the events after them are rated in order up to the
 * first one refused; that event and every later one are not applied, and the stream's position stays at
 * the last event rated, so the same run can be sent again once the cause is gone (a prepaid top-up, a
 * service reactivated). Immutable.
 *
 * @param stream the stream's name, the service's own
 * @param size the run's number of events
 * @param duplicates how many of its first events were at or before the stream's position, and skipped
 * @param rated how many events after them were rated, applied and stored
 * @param position the stream's position afterwards: the last sequence it has applied
 * @param ratedQuantity the quantity rated for the rated events, in the tariff's unit, after rounding
 * @param charge the money rated for the rated events, in the account's currency
 * @param refusal why the event after the rated ones was refused: a {@code ConflictException} (service not in
 *     force at the event's start, account closed), an {@code InsufficientBalanceException} (prepaid credit),
 *     or a {@code ValidationException} (a quantity too large to rate); null when every event was rated or a
 *     duplicate
 */
public record ColumnsResult(
    String stream,
    int size,
    int duplicates,
    int rated,
    long position,
    BigDecimal ratedQuantity,
    MonetaryAmount charge,
    @Nullable MonetizationException refusal) {

  /**
   * Checks that the counts add up, and that exactly an incomplete run carries a refusal.
   *
   * @throws IllegalArgumentException if they do not
   */
  public ColumnsResult {
    requireNonNull(stream, "stream");
    requireNonNull(ratedQuantity, "ratedQuantity");
    requireNonNull(charge, "charge");
    checkArgument(duplicates >= 0 && rated >= 0 && duplicates + rated <= size, "counts out of range: %s + %s of %s",
        duplicates, rated, size);
    checkArgument((duplicates + rated < size) == (refusal != null), "exactly an incomplete run carries a refusal");
  }

  /** Returns how many events were refused: the one that failed and every event after it. */
  public int refused() {
    return size - duplicates - rated;
  }
}
