package org.monetization.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.monetization.config.PaymentType;
import org.monetization.rating.UsageEvent;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.testing.RecordingChannel;

/**
 * BAL-9's acceptance rule: on random sequences of consumption batches and top-ups, each threshold fires
 * exactly once per crossing (from above its level to at or below it), re-arming only above it again, and
 * each recorded notification is sent exactly once. The oracle is an independent model: the available data
 * as a plain number (consumption takes what is left, the rest is charged in money), crossings counted
 * between the states before and after each step.
 */
class CreditThresholdProperties {

  /**
   * One step: a top-up of {@code amount} MB, or a batch consuming the given MB per event.
   */
  record Step(boolean topUp, int amount, List<Integer> batch) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> topUp = Arbitraries.integers().between(1, 600).map(a -> new Step(true, a, List.of()));
    Arbitrary<Step> consume = Arbitraries.integers().between(0, 400).list().ofMinSize(1).ofMaxSize(4)
        .map(batch -> new Step(false, 0, batch));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, topUp), net.jqwik.api.Tuple.of(2, consume)).list().ofMaxSize(25);
  }

  record Crossing(int step, long level) {}

  @Property(tries = 60)
  void eachThresholdFiresExactlyOncePerCrossing(
      @ForAll @IntRange(min = 1, max = 800) int initial,
      @ForAll @Size(min = 1, max = 4) @UniqueElements List<@IntRange(min = 0, max = 700) Integer> levels,
      @ForAll("steps") List<Step> steps) {
    RecordingChannel channel = new RecordingChannel("ops");
    RatingTestBed bed = new RatingTestBed(builder -> builder.notificationChannel(channel));
    Line line = bed.onboard("Prop", "+33611111111", PaymentType.POSTPAID);
    bed.credit(line.groupId(), "DATA_MB", Integer.toString(initial));
    List<Threshold> thresholds = levels.stream()
        .map(level -> Threshold.amount("DATA_MB", BigDecimal.valueOf(level))).toList();
    bed.sdk.notifications().defineCreditProfile(new CreditProfile(line.groupId(), thresholds, List.of("ops")));

    long available = initial;
    List<Crossing> expected = new ArrayList<>();
    List<Crossing> actual = new ArrayList<>();
    int seen = 0;
    int eventId = 0;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      long before = available;
      if (step.topUp()) {
        bed.credit(line.groupId(), "DATA_MB", Integer.toString(step.amount()));
        available += step.amount();
      } else {
        List<UsageEvent> batch = new ArrayList<>();
        for (int megabytes : step.batch()) {
          batch.add(data("e" + eventId++, line.identifier(), Integer.toString(megabytes)));
          available -= Math.min(available, megabytes);
        }
        bed.sdk.rating().rateAll(batch);
      }
      for (int level : new TreeSet<>(levels)) {
        if (before > level && available <= level) {
          expected.add(new Crossing(i, level));
        }
      }
      List<Notification> recorded = bed.sdk.notifications().notifications(line.groupId());
      for (Notification notification : recorded.subList(seen, recorded.size())) {
        actual.add(new Crossing(i, notification.level().longValueExact()));
        assertThat(notification.value()).isEqualByComparingTo(BigDecimal.valueOf(available));
      }
      seen = recorded.size();
    }

    actual.sort(java.util.Comparator.comparingInt(Crossing::step).thenComparingLong(Crossing::level));
    assertThat(actual).isEqualTo(expected);
    assertThat(channel.sent()).extracting(m -> m.notification())
        .containsExactlyElementsOf(bed.sdk.notifications().notifications(line.groupId()));
  }
}
