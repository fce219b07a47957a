package org.monetization.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;
import org.monetization.balance.BalanceGroupId;
import org.monetization.rating.RatedEvent;
import org.monetization.subscription.SubscriptionId;

/**
 * The chunked timeline lists what a sorted map of (start time, id) lists, whatever the order of additions
 * and removals, across chunk splits and emptied chunks.
 */
class ServiceTimelineProperties {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final Comparator<RatedEvent> ORDER =
      Comparator.comparing(RatedEvent::startTime).thenComparing(RatedEvent::id);

  /** One step: add (or, when present, remove) the event of an id at a second. */
  record Step(int id, int second, boolean remove) {}

  @Property(tries = 200)
  void listsWhatASortedMapLists(@ForAll("steps") List<Step> steps, @ForAll("pages") List<Integer> page) {
    ServiceTimeline timeline = new ServiceTimeline();
    TreeMap<RatedEvent, RatedEvent> model = new TreeMap<>(ORDER);
    Map<Integer, RatedEvent> present = new java.util.HashMap<>();
    for (Step step : steps) {
      RatedEvent there = present.get(step.id());
      if (there != null && step.remove()) {
        timeline.remove(there);
        model.remove(there);
        present.remove(step.id());
      } else if (there == null) {
        RatedEvent event = event("e" + step.id(), step.second());
        timeline.add(event);
        model.put(event, event);
        present.put(step.id(), event);
      }
    }
    int fromSecond = page.get(0);
    int toSecond = fromSecond + page.get(1);
    int limit = page.get(2);
    Instant from = T0.plusSeconds(fromSecond);
    Instant to = T0.plusSeconds(toSecond);

    assertThat(timeline.page(from, "", true, null, Integer.MAX_VALUE)).containsExactlyElementsOf(
        model.tailMap(event("", fromSecond), true).keySet());
    List<RatedEvent> expected = new ArrayList<>();
    for (RatedEvent event : model.tailMap(event("", fromSecond), true).keySet()) {
      if (expected.size() == limit || !event.startTime().isBefore(to)) {
        break;
      }
      expected.add(event);
    }
    assertThat(timeline.page(from, "", true, to, limit)).containsExactlyElementsOf(expected);
    if (!expected.isEmpty()) {
      RatedEvent last = expected.get(expected.size() - 1);
      assertThat(timeline.page(last.startTime(), last.id(), false, null, Integer.MAX_VALUE))
          .containsExactlyElementsOf(model.tailMap(last, false).keySet());
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3000),
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 100)),   // many ties of start time
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 100_000))),
        Arbitraries.frequency(net.jqwik.api.Tuple.of(4, false), net.jqwik.api.Tuple.of(1, true))).as(Step::new);
    // up to several chunks, and long runs of in-order additions, which take the append path
    Arbitrary<List<Step>> inOrder = Arbitraries.integers().between(0, 1500)
        .map(n -> {
          List<Step> run = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            run.add(new Step(10_000 + i, 200_000 + i, false));
          }
          return run;
        });
    return Combinators.combine(step.list().ofMaxSize(2500), inOrder, step.list().ofMaxSize(600))
        .as((a, b, c) -> {
          List<Step> all = new ArrayList<>(a);
          all.addAll(b);
          all.addAll(c);
          return all;
        });
  }

  @Provide
  Arbitrary<List<Integer>> pages() {
    return Combinators.combine(Arbitraries.integers().between(0, 201_000), Arbitraries.integers().between(0, 5000),
        Arbitraries.integers().between(0, 700)).as(List::of);
  }

  private static RatedEvent event(String id, int second) {
    return new RatedEvent(id, "+33612345678", "VOICE", null, new SubscriptionId(1), new BalanceGroupId(1),
        T0.plusSeconds(second), T0, BigDecimal.ONE, BigDecimal.ONE, Map.of(), List.of(),
        Money.of(BigDecimal.ZERO, "EUR"), Money.of(BigDecimal.ZERO, "EUR"), 0);
  }
}
