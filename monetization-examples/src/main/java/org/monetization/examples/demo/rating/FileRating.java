package org.monetization.examples.demo.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.monetization.error.MonetizationException;
import org.monetization.examples.demo.DemoContext;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.Rating;
import org.monetization.rating.RatingResult;
import org.monetization.rating.RatingStatus;
import org.monetization.rating.UsageEvent;

/**
 * Sends the events of a file to {@link Rating#rateAll} in batches of {@value #BATCH_SIZE}, one transaction
 * each, and tallies the results: how many were rated, duplicates and rejected, why the first ones were
 * rejected, and the money rated. Not thread-safe; one per pass over a file.
 */
final class FileRating {
  /** The number of events per {@code rateAll} call. */
  static final int BATCH_SIZE = 500;

  /** How many rejection reasons the summary prints. */
  static final int REASONS_SHOWN = 8;

  private final Map<RatingStatus, Integer> counts = new EnumMap<>(RatingStatus.class);
  private final List<String> reasons = new ArrayList<>();
  private BigDecimal charged = BigDecimal.ZERO;
  private int batches;

  /**
   * Rates the events in batches, in file order.
   *
   * @param rating the SDK's rating
   * @param events the file's events
   * @return the tally
   */
  static FileRating rate(Rating rating, List<UsageEvent> events) {
    FileRating tally = new FileRating();
    for (int from = 0; from < events.size(); from += BATCH_SIZE) {
      tally.add(rating.rateAll(events.subList(from, Math.min(events.size(), from + BATCH_SIZE))));
    }
    return tally;
  }

  private void add(List<RatingResult> results) {
    batches++;
    for (RatingResult result : results) {
      counts.merge(result.status(), 1, Integer::sum);
      if (result.status() == RatingStatus.RATED) {
        RatedEvent event = Objects.requireNonNull(result.event());
        charged = charged.add(event.charge().getNumber().numberValue(BigDecimal.class));
      }
      MonetizationException failure = result.failure();
      if (failure != null && reasons.size() < REASONS_SHOWN) {
        reasons.add(String.format("%-12s %s: %s", result.eventId(), failure.getClass().getSimpleName(),
            failure.getMessage()));
      }
    }
  }

  /**
   * Returns how many results had the status.
   *
   * @param status the status
   * @return the count
   */
  int count(RatingStatus status) {
    return counts.getOrDefault(status, 0);
  }

  /**
   * Prints the tally: events and batches, the count of each status, the money rated and the first reasons.
   *
   * @param context where to print
   */
  void print(DemoContext context) {
    printCounts(context);
    if (!reasons.isEmpty()) {
      context.say("First rejections:");
      reasons.forEach(reason -> context.say("  %s", reason));
    }
  }

  /**
   * Prints the tally without the rejection reasons.
   *
   * @param context where to print
   */
  void printCounts(DemoContext context) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    context.say("%d records in %d batches of up to %d: %d rated, %d duplicates, %d rejected.", total, batches,
        BATCH_SIZE, count(RatingStatus.RATED), count(RatingStatus.DUPLICATE), count(RatingStatus.REJECTED));
    context.say("Money rated: EUR %s.", charged.setScale(Math.max(2, charged.scale())).toPlainString());
  }
}
