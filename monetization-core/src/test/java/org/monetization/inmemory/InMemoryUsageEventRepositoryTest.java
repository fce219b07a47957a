package org.monetization.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceId;
import org.monetization.rating.BalanceImpact;
import org.monetization.rating.RatedEvent;
import org.monetization.spi.UsageEventRepository;
import org.monetization.subscription.SubscriptionId;

/**
 * The compact retained form of rated events: values shared between events are the stored values exactly
 * (a scale is never lost to an equal-by-value one), and the time index follows updates and rollbacks.
 */
class InMemoryUsageEventRepositoryTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final String LINE = "+33612345678";

  private final InMemoryStore store = InMemoryStore.create();
  private final UsageEventRepository events = store.usageEvents();

  private static RatedEvent event(String id, long second, String rated, String impact) {
    return new RatedEvent(id, LINE, "VOICE", null, new SubscriptionId(1), new BalanceGroupId(1),
        T0.plusSeconds(second), T0, new BigDecimal(rated), new BigDecimal(rated), Map.of("zone", "EU"),
        List.of(new BalanceImpact(new BalanceId(7), "EUR", new BigDecimal(impact))),
        Money.of(new BigDecimal(impact), "EUR"), Money.of(new BigDecimal(impact), "EUR"), 0);
  }

  private void insert(List<RatedEvent> batch) {
    store.transactions().inTransaction(() -> {
      events.insertAll(batch);
      return null;
    });
  }

  @Test
  void returnsEachEventWithItsOwnScaleWhenEqualValuesOfAnotherScaleAreStored() {
    RatedEvent whole = event("a", 0, "120", "0.12");
    RatedEvent tenths = event("b", 1, "120.0", "0.1200");
    RatedEvent again = event("c", 2, "120", "0.12");
    insert(List.of(whole, tenths, again));

    assertThat(events.find("a")).contains(whole);
    assertThat(events.find("b")).contains(tenths);
    assertThat(events.find("b").orElseThrow().ratedQuantity().scale()).isEqualTo(1);
    assertThat(events.find("b").orElseThrow().impacts().get(0).amount().scale()).isEqualTo(4);
    assertThat(events.find("c")).contains(again);
    // equal values are retained once: the later event holds the earlier one's instances
    assertThat(events.find("c").orElseThrow().ratedQuantity()).isSameAs(events.find("a").orElseThrow().ratedQuantity());
    assertThat(events.find("c").orElseThrow().impacts()).isSameAs(events.find("a").orElseThrow().impacts());
  }

  @Test
  void listsThousandsOfEventsStoredOutOfOrderByStartTimeThenId() {
    List<RatedEvent> stored = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      stored.add(event("e" + i, (i * 7919L) % 1000, String.valueOf(i % 13), "0.01"));
    }
    for (int from = 0; from < stored.size(); from += 250) {
      insert(stored.subList(from, from + 250));
    }
    stored.sort(java.util.Comparator.comparing(RatedEvent::startTime).thenComparing(RatedEvent::id));

    List<RatedEvent> listed = new ArrayList<>();
    RatedEvent after = null;
    do {
      List<RatedEvent> page = events.ofService(LINE, T0, null, after, 700);
      listed.addAll(page);
      after = page.isEmpty() ? null : page.get(page.size() - 1);
    } while (after != null);

    assertThat(listed).containsExactlyElementsOf(stored);
    assertThat(events.ofService(LINE, T0.plusSeconds(10), T0.plusSeconds(12), null, 1000))
        .containsExactlyElementsOf(stored.stream()
            .filter(e -> !e.startTime().isBefore(T0.plusSeconds(10)) && e.startTime().isBefore(T0.plusSeconds(12)))
            .toList());
  }

  @Test
  void listsTheUpdatedVersionOnceAndTheOriginalAgainAfterARollback() {
    RatedEvent call = event("a", 0, "60", "0.06");
    insert(List.of(call, event("b", 5, "60", "0.06")));
    RatedEvent adjusted = call.withAmount(Money.of(new BigDecimal("0.01"), "EUR"));

    RatedEvent stored = store.transactions().inTransaction(() -> events.update(adjusted));
    assertThat(events.ofService(LINE, T0, null, null, 10)).extracting(RatedEvent::id, RatedEvent::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1L), org.assertj.core.groups.Tuple.tuple("b", 0L));
    assertThat(events.find("a")).contains(stored);

    assertThatThrownBy(() -> store.transactions().inTransaction(() -> {
      events.update(stored);
      events.insertAll(List.of(event("c", 1, "60", "0.06")));
      throw new IllegalStateException("roll back");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(events.ofService(LINE, T0, null, null, 10)).containsExactly(stored, events.find("b").orElseThrow());
    assertThat(events.find("c")).isEmpty();
  }
}
