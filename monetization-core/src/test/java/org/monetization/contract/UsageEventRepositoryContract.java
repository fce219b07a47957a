package org.monetization.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.BalanceId;
import org.monetization.customer.Customer;
import org.monetization.error.ConflictException;
import org.monetization.rating.BalanceImpact;
import org.monetization.rating.RatedEvent;
import org.monetization.spi.RatedStreamRun;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;
import org.monetization.testing.CatalogFixtures;

/** What every store must do with rated usage events: a unique id, listings by service and time. */
public abstract class UsageEventRepositoryContract extends StoreContractSupport {
  private Subscription subscription;

  @BeforeEach
  void subscribe() {
    Customer customer = customer();
    BalanceGroup group = group(customer);
    subscription = subscription(customer, group);
  }

  private RatedEvent event(String id, String service, long secondsAfterT0) {
    return new RatedEvent(id, service, "VOICE", null, subscription.id(), subscription.balanceGroupId(),
        T0.plusSeconds(secondsAfterT0), T0.plusSeconds(secondsAfterT0 + 1), new BigDecimal("61"),
        new BigDecimal("120"), Map.of("zone", "NATIONAL", "period", "OFF_PEAK"),
        List.of(new BalanceImpact(new BalanceId(7), "EUR", new BigDecimal("0.1200"))),
        CatalogFixtures.eur("0.12"), CatalogFixtures.eur("0.12"), 0);
  }

  @Test
  void storesEventsUnchangedAndFindsThemById() {
    RatedEvent call = event("cdr-1", "+33612345678", 0);
    tx(() -> {
      store.usageEvents().insertAll(List.of(call, event("cdr-2", "+33612345678", 10)));
      return null;
    });

    assertThat(store.usageEvents().find("cdr-1")).contains(call);
    assertThat(store.usageEvents().find("cdr-9")).isEmpty();
    assertThat(store.usageEvents().existing(List.of("cdr-1", "cdr-2", "cdr-9"))).isEqualTo(Set.of("cdr-1", "cdr-2"));
  }

  @Test
  void anIdAlreadyStoredIsAConcurrentUpdateAndTheBatchIsRolledBack() {
    tx(() -> {
      store.usageEvents().insertAll(List.of(event("cdr-1", "+33612345678", 0)));
      return null;
    });

    assertThatThrownBy(() -> tx(() -> {
      store.usageEvents().insertAll(List.of(event("cdr-2", "+33612345678", 1), event("cdr-1", "+33612345678", 2)));
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
    assertThat(store.usageEvents().find("cdr-2")).isEmpty();
    assertThat(store.usageEvents().find("cdr-1").orElseThrow().startTime()).isEqualTo(T0);
  }

  @Test
  void listsAServicesEventsOfAPeriodByStartTimeThenIdAPageAtATime() {
    tx(() -> {
      store.usageEvents().insertAll(List.of(
          event("b", "+33612345678", 20), event("a", "+33612345678", 20), event("c", "+33612345678", 5),
          event("d", "+33612345678", 40), event("other", "+33699999999", 20), event("early", "+33612345678", -5)));
      return null;
    });

    List<RatedEvent> first = store.usageEvents().ofService("+33612345678", T0, T0.plusSeconds(40), null, 2);
    List<RatedEvent> rest = store.usageEvents().ofService("+33612345678", T0, T0.plusSeconds(40), first.get(1), 10);
    List<RatedEvent> open = store.usageEvents().ofService("+33612345678", T0, null, null, 10);

    assertThat(first).extracting(RatedEvent::id).containsExactly("c", "a");
    assertThat(rest).extracting(RatedEvent::id).containsExactly("b");
    assertThat(open).extracting(RatedEvent::id).containsExactly("c", "a", "b", "d");
  }

  @Test
  void updatesAnEventOptimistically() {
    RatedEvent call = event("cdr-1", "+33612345678", 0);
    tx(() -> {
      store.usageEvents().insertAll(List.of(call));
      return null;
    });
    RatedEvent adjusted = call.withAmount(CatalogFixtures.eur("0.02"));

    assertThat(tx(() -> store.usageEvents().update(adjusted))).isEqualTo(adjusted.withVersion(1));
    assertThat(store.usageEvents().find("cdr-1")).contains(adjusted.withVersion(1));
    assertThatThrownBy(() -> tx(() -> store.usageEvents().update(adjusted))).isInstanceOf(ConflictException.class);
  }

  @Test
  void addsUpTheStoredPartsOfEachSession() {
    RatedEvent first = event("p-1", "+33612345678", 0);
    RatedEvent part1 = new RatedEvent("p-1", first.serviceIdentifier(), first.serviceType(), "session-1",
        first.subscriptionId(), first.groupId(), first.startTime(), first.createdAt(), new BigDecimal("20.5"),
        first.ratedQuantity(), first.fields(), first.impacts(), first.charge(), first.amount(), 0);
    RatedEvent part2 = new RatedEvent("p-2", first.serviceIdentifier(), first.serviceType(), "session-1",
        first.subscriptionId(), first.groupId(), first.startTime().plusSeconds(30), first.createdAt(),
        new BigDecimal("9.5"), first.ratedQuantity(), first.fields(), first.impacts(), first.charge(), first.amount(), 0);
    tx(() -> {
      store.usageEvents().insertAll(List.of(part1, part2, event("alone", "+33612345678", 5)));
      return null;
    });

    assertThat(store.usageEvents().sessionQuantities(List.of("session-1", "session-9")))
        .containsOnlyKeys("session-1")
        .hasEntrySatisfying("session-1", total -> assertThat(total).isEqualByComparingTo("30"));
    assertThatThrownBy(() -> tx(() -> {
      store.usageEvents().insertAll(List.of(new RatedEvent("p-3", first.serviceIdentifier(), first.serviceType(),
          "session-1", first.subscriptionId(), first.groupId(), first.startTime(), first.createdAt(), BigDecimal.TEN,
          first.ratedQuantity(), first.fields(), first.impacts(), first.charge(), first.amount(), 0)));
      throw new IllegalStateException("roll back");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.usageEvents().sessionQuantities(List.of("session-1")).get("session-1"))
        .isEqualByComparingTo("30");
  }

  @Test
  void deletesTheEventsOfOneServiceOfOneSubscriptionOnlyAndForgetsTheirIdsAndSessions() {
    Customer neighbour = customer();
    Subscription others = subscription(neighbour, group(neighbour));
    RatedEvent first = event("mine-1", "+33612345678", 0);
    RatedEvent part = new RatedEvent("mine-2", first.serviceIdentifier(), first.serviceType(), "session-1",
        first.subscriptionId(), first.groupId(), first.startTime().plusSeconds(5), first.createdAt(),
        new BigDecimal("20.5"), first.ratedQuantity(), first.fields(), first.impacts(), first.charge(),
        first.amount(), 0);
    // The same line rated for another subscription (an earlier holder of the number), and another line of mine.
    RatedEvent theirs = new RatedEvent("theirs-1", "+33612345678", "VOICE", null, others.id(),
        others.balanceGroupId(), T0.minusSeconds(86_400), T0, BigDecimal.ONE, BigDecimal.ONE, Map.of(), List.of(),
        CatalogFixtures.eur("0.01"), CatalogFixtures.eur("0.01"), 0);
    RatedEvent otherLine = event("mine-3", "+33699999999", 0);
    tx(() -> {
      store.usageEvents().insertAll(List.of(first, part, theirs, otherLine));
      return null;
    });
    tx(() -> store.usageEvents().update(first.withAmount(CatalogFixtures.eur("0.02"))));

    assertThatThrownBy(() -> tx(() -> {
      store.usageEvents().deleteOfService("+33612345678", subscription.id());
      throw new IllegalStateException("fail after deleting");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.usageEvents().existing(List.of("mine-1", "mine-2"))).isEqualTo(Set.of("mine-1", "mine-2"));
    assertThat(store.usageEvents().sessionQuantities(List.of("session-1"))).containsOnlyKeys("session-1");

    assertThat(tx(() -> store.usageEvents().deleteOfService("+33612345678", subscription.id()))).isEqualTo(2);

    assertThat(store.usageEvents().existing(List.of("mine-1", "mine-2", "mine-3", "theirs-1")))
        .isEqualTo(Set.of("mine-3", "theirs-1"));
    assertThat(store.usageEvents().find("mine-1")).isEmpty();
    assertThat(store.usageEvents().ofService("+33612345678", T0.minusSeconds(2 * 86_400), null, null, 10))
        .containsExactly(theirs);
    assertThat(store.usageEvents().sessionQuantities(List.of("session-1"))).isEmpty();
    assertThat(store.usageEvents().ofService("+33699999999", T0.minusSeconds(60), null, null, 10))
        .containsExactly(otherLine);
    assertThat(tx(() -> store.usageEvents().deleteOfService("+33612345678", subscription.id()))).isZero();
    tx(() -> {
      store.usageEvents().insertAll(List.of(first));
      return null;
    });
    assertThat(store.usageEvents().find("mine-1")).as("a deleted id can be stored again").contains(first);
  }

  /** A run of a stream's events as rating hands it over, here over events built beforehand. */
  private static final class Run extends AbstractList<RatedEvent> implements RatedStreamRun {
    private final String stream;
    private final long first;
    private final List<RatedEvent> events;

    Run(String stream, long first, List<RatedEvent> events) {
      this.stream = stream;
      this.first = first;
      this.events = events;
    }

    @Override
    public RatedEvent get(int index) {
      return events.get(index);
    }

    @Override
    public int size() {
      return events.size();
    }

    @Override
    public String streamKey() {
      return stream;
    }

    @Override
    public long firstSequence() {
      return first;
    }

    @Override
    public String serviceIdentifier() {
      return events.get(0).serviceIdentifier();
    }

    @Override
    public SubscriptionId subscriptionId() {
      return events.get(0).subscriptionId();
    }

    @Override
    public long startTimeMillis(int index) {
      return events.get(index).startTime().toEpochMilli();
    }
  }

  /** A run of the stream from the first sequence, one event per start (seconds after T0). */
  private Run run(String stream, long first, String service, long... seconds) {
    List<RatedEvent> events = new ArrayList<>();
    for (int i = 0; i < seconds.length; i++) {
      events.add(event(RatedStreamRun.id(stream, first + i), service, seconds[i]));
    }
    return new Run(stream, first, events);
  }

  @Test
  void aRunOfAStreamIsStoredAsItsEventsAndListedAmongTheOthersByStartTimeThenId() {
    Run run = run("pgw", 8, "+33612345678", 30, 10, 20);
    tx(() -> {
      store.usageEvents().insertAll(List.of(event("a", "+33612345678", 20), event("z", "+33612345678", 5)));
      store.usageEvents().insertAll(run);
      store.usageEvents().insertAll(run("pgw-other", 1, "+33699999999", 0));
      return null;
    });

    assertThat(store.usageEvents().find("pgw#9")).contains(run.get(1));
    assertThat(store.usageEvents().find("pgw#11")).isEmpty();
    assertThat(store.usageEvents().find("pgw#08")).isEmpty();
    assertThat(store.usageEvents().existing(List.of("pgw#8", "pgw#10", "pgw#7", "a", "pgw")))
        .isEqualTo(Set.of("pgw#8", "pgw#10", "a"));
    List<RatedEvent> first = store.usageEvents().ofService("+33612345678", T0, null, null, 3);
    List<RatedEvent> rest = store.usageEvents().ofService("+33612345678", T0, null, first.get(2), 10);
    assertThat(first).extracting(RatedEvent::id).containsExactly("z", "pgw#9", "a");
    assertThat(rest).extracting(RatedEvent::id).containsExactly("pgw#10", "pgw#8");
    assertThat(store.usageEvents().ofService("+33612345678", T0.plusSeconds(10), T0.plusSeconds(30), null, 10))
        .extracting(RatedEvent::id).containsExactly("pgw#9", "a", "pgw#10");
  }

  @Test
  void aRunTakingAStoredSequenceOrIdIsAConcurrentUpdateAndNothingOfItIsStored() {
    tx(() -> {
      store.usageEvents().insertAll(run("pgw", 1, "+33612345678", 0, 1, 2));
      store.usageEvents().insertAll(List.of(event("feed#5", "+33612345678", 3)));
      return null;
    });

    assertThatThrownBy(() -> tx(() -> {
      store.usageEvents().insertAll(run("pgw", 3, "+33612345678", 3, 4));
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
    assertThatThrownBy(() -> tx(() -> {
      store.usageEvents().insertAll(run("feed", 4, "+33612345678", 4, 5));
      return null;
    })).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> tx(() -> {
      store.usageEvents().insertAll(List.of(event("pgw#2", "+33612345678", 9)));
      return null;
    })).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> tx(() -> {
      store.usageEvents().insertAll(run("pgw", 4, "+33612345678", 4));
      throw new IllegalStateException("roll back");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.usageEvents().existing(List.of("pgw#3", "pgw#4", "feed#4", "feed#5")))
        .isEqualTo(Set.of("pgw#3", "feed#5"));
    assertThat(store.usageEvents().ofService("+33612345678", T0, null, null, 10)).hasSize(4);
  }

  @Test
  void anEventOfARunIsUpdatedOptimisticallyAndThenListedOnceAtItsNewVersion() {
    Run run = run("pgw", 1, "+33612345678", 0, 1, 2);
    tx(() -> {
      store.usageEvents().insertAll(run);
      return null;
    });
    RatedEvent adjusted = run.get(1).withAmount(CatalogFixtures.eur("0.02"));

    assertThat(tx(() -> store.usageEvents().update(adjusted))).isEqualTo(adjusted.withVersion(1));
    assertThatThrownBy(() -> tx(() -> store.usageEvents().update(adjusted))).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> tx(() -> {
      store.usageEvents().update(adjusted.withVersion(1).withAmount(CatalogFixtures.eur("0.03")));
      throw new IllegalStateException("roll back");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.usageEvents().find("pgw#2")).contains(adjusted.withVersion(1));
    assertThat(store.usageEvents().ofService("+33612345678", T0, null, null, 10))
        .containsExactly(run.get(0), adjusted.withVersion(1), run.get(2));
    assertThat(tx(() -> store.usageEvents().deleteOfService("+33612345678", subscription.id()))).isEqualTo(3);
    assertThat(store.usageEvents().existing(List.of("pgw#1", "pgw#2", "pgw#3"))).isEmpty();
    tx(() -> {
      store.usageEvents().insertAll(run);
      return null;
    });
    assertThat(store.usageEvents().find("pgw#2")).as("a deleted run can be stored again").contains(run.get(1));
  }
}
