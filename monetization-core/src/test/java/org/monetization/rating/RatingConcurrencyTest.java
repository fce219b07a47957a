package org.monetization.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.RatingTestBed.APRIL;
import static org.monetization.testing.RatingTestBed.MARCH;
import static org.monetization.testing.RatingTestBed.NOW;
import static org.monetization.testing.RatingTestBed.data;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceTotal;
import org.monetization.config.PaymentType;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.time.Validity;

/** NFR-4: many threads rating on one balance group lose no update and apply no event twice. */
class RatingConcurrencyTest {
  private static final int THREADS = 8;
  private static final int EVENTS = 100_000;
  private static final int BATCH = 250;

  @Test
  void eightThreadsRatingOneHundredThousandEventsOnOneGroupKeepExactTotals() throws Exception {
    RatingTestBed bed = new RatingTestBed();
    Line line = bed.onboard("Busy", "+33688888888", PaymentType.POSTPAID);
    bed.credit(line.groupId(), "DATA_MB", "40000");
    int perThread = EVENTS / THREADS;
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Long>> duplicates = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        duplicates.add(pool.submit(() -> {
          long replayed = 0;
          for (int from = 0; from < perThread; from += BATCH) {
            List<UsageEvent> batch = new ArrayList<>(BATCH + 10);
            for (int i = from; i < from + BATCH; i++) {
              batch.add(data(thread + "-" + i, line.identifier(), "1"));
            }
            // replays of the neighbour thread's ids: whoever comes second sees duplicates
            for (int i = from; i < from + 10; i++) {
              batch.add(data(((thread + 1) % THREADS) + "-" + i, line.identifier(), "1"));
            }
            for (RatingResult result : bed.sdk.rating().rateAll(batch)) {
              if (result.status() == RatingStatus.DUPLICATE) {
                replayed++;
              }
            }
          }
          return replayed;
        }));
      }
      long replayed = 0;
      for (Future<Long> future : duplicates) {
        replayed += future.get(5, TimeUnit.MINUTES);
      }

      assertThat(replayed).isEqualTo(THREADS * (perThread / BATCH) * 10L);
    } finally {
      pool.shutdownNow();
    }
    assertThat(bed.sdk.balances().totals(line.groupId())).containsExactly(
        new BalanceTotal("DATA_MB", new BigDecimal("0")),
        new BalanceTotal("EUR", new BigDecimal("600.0000"))); // 60,000 paid MB at 0.01
    long stored = bed.sdk.rating().exportCsv(
        UsageQuery.of(line.identifier(), Validity.between(MARCH, APRIL)), new StringWriter());
    assertThat(stored).isEqualTo(EVENTS);
  }

  /**
   * Runs in columns: four streams, each sent whole by two threads racing each other on every run, all on
   * one group. Each run is applied once, by whichever thread commits first, and is a duplicate for the
   * other; the group's totals and the stored events are exact.
   */
  @Test
  void eightThreadsSendingFourStreamsInColumnsApplyEachRunOnceWithExactTotals() throws Exception {
    RatingTestBed bed = new RatingTestBed();
    Line line = bed.onboard("Streams", "+33688888889", PaymentType.POSTPAID);
    bed.credit(line.groupId(), "DATA_MB", "40000");
    int streams = THREADS / 2;
    int perStream = EVENTS / streams;
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long rated = 0;
    long duplicates = 0;
    try {
      List<Future<long[]>> counts = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String stream = "probe-" + t % streams;
        counts.add(pool.submit(() -> {
          long[] seen = new long[2];
          for (int from = 1; from <= perStream; from += BATCH) {
            UsageColumns.Builder run = UsageColumns.builder(line.identifier(), "DATA", stream).firstSequence(from)
                .field("startTime", NOW.toString()).field("zone", "EU");
            for (int i = 0; i < BATCH; i++) {
              run.add(NOW, 1);
            }
            ColumnsResult result = bed.sdk.rating().rateColumns(run.build());
            assertThat(result.refusal()).isNull();
            seen[0] += result.rated();
            seen[1] += result.duplicates();
          }
          return seen;
        }));
      }
      for (Future<long[]> future : counts) {
        long[] seen = future.get(5, TimeUnit.MINUTES);
        rated += seen[0];
        duplicates += seen[1];
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(rated).isEqualTo(EVENTS);
    assertThat(duplicates).isEqualTo(EVENTS);
    assertThat(bed.sdk.balances().totals(line.groupId())).containsExactly(
        new BalanceTotal("DATA_MB", new BigDecimal("0")),
        new BalanceTotal("EUR", new BigDecimal("600.0000"))); // 60,000 paid MB at 0.01
    long stored = bed.sdk.rating().exportCsv(
        UsageQuery.of(line.identifier(), Validity.between(MARCH, APRIL)), new StringWriter());
    assertThat(stored).isEqualTo(EVENTS);
  }
}
