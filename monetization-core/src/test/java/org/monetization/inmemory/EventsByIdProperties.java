package org.monetization.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The open-addressing id table finds, replaces and removes what a hash map does, through growth and the
 * back-shifting of removals in long probe runs.
 */
class EventsByIdProperties {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  /** One step on an id: put a new version of its event, or remove it. */
  record Step(int id, boolean remove) {}

  @Property(tries = 300)
  void behavesAsAHashMap(@ForAll("steps") List<Step> steps) {
    EventsById table = new EventsById();
    Map<String, RatedEvent> model = new HashMap<>();
    int version = 0;
    for (Step step : steps) {
      String id = "e" + step.id();
      if (step.remove()) {
        assertThat(table.remove(id)).isSameAs(model.remove(id));
      } else {
        RatedEvent event = event(id, version++);
        assertThat(table.put(event)).isSameAs(model.put(id, event));
      }
    }

    assertThat(table.size()).isEqualTo(model.size());
    for (int id = 0; id <= 2000; id++) {
      assertThat(table.get("e" + id)).isSameAs(model.get("e" + id));
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    // a small id range gives many replacements and removals of present ids, a large one growth
    return Arbitraries.integers().between(20, 2000).flatMap(range -> Combinators.combine(
        Arbitraries.integers().between(0, range),
        Arbitraries.frequency(net.jqwik.api.Tuple.of(3, false), net.jqwik.api.Tuple.of(2, true))).as(Step::new)
        .list().ofMaxSize(4000));
  }

  private static RatedEvent event(String id, long version) {
    return new RatedEvent(id, "+33612345678", "VOICE", null, new SubscriptionId(1), new BalanceGroupId(1), T0, T0,
        BigDecimal.ONE, BigDecimal.ONE, Map.of(), List.of(), Money.of(BigDecimal.ZERO, "EUR"),
        Money.of(BigDecimal.ZERO, "EUR"), version);
  }
}
