package org.monetization.examples.demo.rating;

import java.time.Instant;
import java.util.stream.Collectors;
import org.monetization.Monetization;
import org.monetization.error.ConflictException;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.examples.demo.subscription.Amounts;
import org.monetization.rating.ColumnsResult;
import org.monetization.rating.UsageColumns;

/**
 * Rates a network probe's feed of Léa Rousseau's data usage in columns (BAL-7), the high-volume path: a run
 * of {@value #REPORTS} usage reports numbered in one stream, given as start times and quantities rather
 * than as one object each. The probe then sends an overlapping run after a lost acknowledgement (what the
 * stream already applied is a duplicate), and a run that skips sequences (refused: nothing is lost silently).
 */
final class StreamStep implements DemoStep {
  static final int REPORTS = 1_000;
  private static final String PROBE = "probe-paris-3";

  @Override
  public String title() {
    return "Rate a probe's usage feed in columns";
  }

  @Override
  public void run(DemoContext context) {
    Monetization sdk = context.monetization();
    Instant start = sdk.clock().instant();
    ColumnsResult first = sdk.rating().rateColumns(feed(start, 1, REPORTS));
    context.say("%d reports of %s from %s: %d rated, %s MB, %s charged; the stream is at sequence %d.",
        first.size(), RatedLines.LEA, PROBE, first.rated(), first.ratedQuantity().toPlainString(),
        Amounts.format(first.charge()), first.position());

    ColumnsResult overlap = sdk.rating().rateColumns(feed(start, REPORTS / 2 + 1, REPORTS));
    context.say("Sent again from sequence %d: %d duplicates, %d new reports rated; the stream is at %d.",
        REPORTS / 2 + 1, overlap.duplicates(), overlap.rated(), overlap.position());
    if (overlap.duplicates() != REPORTS / 2 || overlap.rated() != REPORTS / 2) {
      throw new IllegalStateException("the overlapping run was not rated once: " + overlap);
    }
    try {
      sdk.rating().rateColumns(feed(start, overlap.position() + 10, 10));
      throw new IllegalStateException("a run leaving a gap was rated");
    } catch (ConflictException e) {
      context.say("A run from sequence %d is refused: %s", overlap.position() + 10, e.getMessage());
    }
    context.say("Balances of %s: %s", RatedLines.LEA, sdk.balances()
        .totals(RatedLines.subscription(sdk, RatedLines.LEA).balanceGroupId()).stream()
        .map(t -> t.resource() + " " + t.amount().toPlainString()).collect(Collectors.joining(", ")));
  }

  /** A run of the probe's reports: one every ten seconds from the start, 0.5 to 2.4 MB. */
  private static UsageColumns feed(Instant start, long firstSequence, int count) {
    UsageColumns.Builder run = UsageColumns.builder(RatedLines.LEA, "DATA", PROBE).firstSequence(firstSequence)
        .field("startTime", start.toString()).field("zone", "NATIONAL").field("apn", "internet").quantityScale(1);
    for (int i = 0; i < count; i++) {
      long sequence = firstSequence + i;
      run.add(start.plusSeconds(10 * sequence), 5 + sequence % 20);
    }
    return run.build();
  }
}
