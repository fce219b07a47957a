package org.monetization.inmemory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.monetization.error.ConflictException;
import org.monetization.rating.BalanceImpact;
import org.monetization.rating.RatedEvent;
import org.monetization.spi.RatedStreamRun;
import org.monetization.spi.UsageEventRepository;
import org.monetization.subscription.SubscriptionId;

/**
 * Rated events by id (a hash map: ingestion looks ids up at every event), with a {@link ServiceTimeline}
 * per service in start-time order for listings and exports. The heap retains every event, so each is kept
 * compactly: no index node beyond the id map's, and its quantities and balance impacts shared with earlier
 * events of equal values ({@link SharedValues}). A run of a stream's events ({@link RatedStreamRun}, from
 * {@code rateColumns}) is kept as the run instead, in columns ({@link StoredRuns}), and its events are built
 * when read. What is returned equals what was stored. Guarded by the store's transaction lock.
 */
final class InMemoryUsageEventRepository implements UsageEventRepository {
  private static final int SHARED = 4096;

  private final TransactionLog transactions;
  private final Map<String, RatedEvent> byId = new HashMap<>();
  private final Map<String, ServiceTimeline> byService = new HashMap<>();
  private final Map<String, BigDecimal> bySession = new HashMap<>();
  private final SharedValues<BigDecimal> quantities = new SharedValues<>(SHARED);
  private final SharedValues<List<BalanceImpact>> impacts = new SharedValues<>(SHARED);
  /** Runs of a stream's events, kept as runs: their events are not in the maps above. */
  private final StoredRuns runs = new StoredRuns();
  /** The stream keys that events stored one by one begin their ids with ({@code <key>#...}), rare. */
  private final Set<String> streamsOfEvents = new HashSet<>();

  InMemoryUsageEventRepository(TransactionLog transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<RatedEvent> find(String id) {
    return transactions.read(() -> {
      RatedEvent event = byId.get(id);
      if (event != null) {
        return Optional.of(event);
      }
      StoredRuns.Located inRun = runs.find(id);
      return inRun == null ? Optional.empty() : Optional.of(inRun.event());
    });
  }

  @Override
  public Set<String> existing(Collection<String> ids) {
    return transactions.read(() -> {
      Set<String> found = new HashSet<>();
      for (String id : ids) {
        if (byId.containsKey(id) || runs.find(id) != null) {
          found.add(id);
        }
      }
      return found;
    });
  }

  @Override
  public Map<String, BigDecimal> sessionQuantities(Collection<String> sessionIds) {
    return transactions.read(() -> {
      Map<String, BigDecimal> found = new HashMap<>();
      for (String id : sessionIds) {
        BigDecimal total = bySession.get(id);
        if (total != null) {
          found.put(id, total);
        }
      }
      return found;
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>A run of a stream's events ({@link RatedStreamRun}) is kept as the run, in columns; other events one
   * by one.
   */
  @Override
  public void insertAll(List<RatedEvent> events) {
    if (events instanceof RatedStreamRun run && !run.isEmpty()) {
      insertRun(run);
      return;
    }
    List<RatedEvent> inserted = new ArrayList<>(events.size());
    // one undo action for the whole batch, registered before the first write so a failure half way is undone
    transactions.recordUndo(() -> inserted.forEach(this::remove));
    for (RatedEvent event : events) {
      if (byId.containsKey(event.id()) || runs.find(event.id()) != null) {
        throw new ConflictException(ConflictException.Reason.CONCURRENT_UPDATE,
            "usage event " + event.id() + " was stored concurrently");
      }
      RatedEvent stored = compact(event, 0);
      put(stored);
      inserted.add(stored);
    }
  }

  private void insertRun(RatedStreamRun run) {
    long first = run.firstSequence();
    long last = first + run.size() - 1;
    boolean taken = runs.overlaps(run.streamKey(), first, last);
    for (long sequence = first; !taken && streamsOfEvents.contains(run.streamKey()) && sequence <= last; sequence++) {
      taken = byId.containsKey(RatedStreamRun.id(run.streamKey(), sequence));
    }
    if (taken) {
      throw new ConflictException(ConflictException.Reason.CONCURRENT_UPDATE, "usage events "
          + RatedStreamRun.id(run.streamKey(), first) + " to " + last + " were stored concurrently");
    }
    StoredRuns.Run stored = runs.add(run);
    transactions.recordUndo(() -> runs.remove(stored));
  }

  @Override
  public RatedEvent update(RatedEvent event) {
    RatedEvent current = byId.get(event.id());
    StoredRuns.Located inRun = current == null ? runs.find(event.id()) : null;
    if (inRun != null) {
      current = inRun.event();
    }
    if (current == null || current.version() != event.version()) {
      throw new ConflictException(ConflictException.Reason.CONCURRENT_UPDATE,
          "usage event " + event.id() + " was changed concurrently");
    }
    RatedEvent stored = compact(event, current.version() + 1);
    if (inRun != null) { // the new version leaves the run for the events kept one by one
      StoredRuns.Run run = inRun.run();
      int index = inRun.index();
      transactions.recordUndo(() -> {
        remove(stored);
        run.replaced.clear(index);
      });
      run.replaced.set(index);
      put(stored);
      return stored;
    }
    RatedEvent previous = current;
    transactions.recordUndo(() -> replace(stored, previous));
    replace(current, stored);
    return stored;
  }

  @Override
  public int deleteOfService(String serviceIdentifier, SubscriptionId subscriptionId) {
    int count = 0;
    for (StoredRuns.Run run : runs.of(serviceIdentifier, subscriptionId)) {
      transactions.recordUndo(() -> runs.restore(run));
      runs.remove(run);
      count += run.events.size() - run.replaced.cardinality(); // a replaced event is one of the timeline's
    }
    ServiceTimeline timeline = byService.get(serviceIdentifier);
    if (timeline == null) {
      return count;
    }
    List<RatedEvent> deleted = new ArrayList<>();
    for (RatedEvent event : timeline.page(Instant.MIN, "", true, null, Integer.MAX_VALUE)) {
      if (event.subscriptionId().equals(subscriptionId)) {
        deleted.add(event);
      }
    }
    transactions.recordUndo(() -> deleted.forEach(this::put));
    deleted.forEach(this::remove);
    return count + deleted.size();
  }

  @Override
  public List<RatedEvent> ofService(
      String serviceIdentifier, Instant from, @Nullable Instant to, @Nullable RatedEvent after, int limit) {
    return transactions.read(() -> {
      boolean continued = after != null && !after.startTime().isBefore(from); // the page after the last one
      Instant fromTime = continued ? after.startTime() : from;
      String fromId = continued ? after.id() : "";
      ServiceTimeline events = byService.get(serviceIdentifier);
      List<RatedEvent> page = events == null ? new ArrayList<>()
          : events.page(fromTime, fromId, !continued, to, limit);
      List<RatedEvent> ofRuns = runs.page(serviceIdentifier, fromTime, fromId, !continued, to, limit);
      return ofRuns.isEmpty() ? page : merged(page, ofRuns, limit);
    });
  }

  /** Returns the first {@code limit} of two pages in (start time, id) order, in that order. */
  private static List<RatedEvent> merged(List<RatedEvent> one, List<RatedEvent> other, int limit) {
    List<RatedEvent> page = new ArrayList<>(Math.min(limit, one.size() + other.size()));
    int i = 0;
    int j = 0;
    while (page.size() < limit && (i < one.size() || j < other.size())) {
      if (j == other.size() || (i < one.size() && ServiceTimeline.compare(one.get(i), other.get(j).startTime(),
          other.get(j).id()) < 0)) {
        page.add(one.get(i++));
      } else {
        page.add(other.get(j++));
      }
    }
    return page;
  }

  /** The event as retained, at the version: its repeated values shared with earlier events'. */
  private RatedEvent compact(RatedEvent event, long version) {
    BigDecimal quantity = quantities.share(event.quantity());
    BigDecimal rated = quantities.share(event.ratedQuantity());
    List<BalanceImpact> impact = impacts.share(event.impacts());
    if (quantity == event.quantity() && rated == event.ratedQuantity() && impact == event.impacts()
        && version == event.version()) {
      return event;
    }
    return new RatedEvent(event.id(), event.serviceIdentifier(), event.serviceType(), event.sessionId(),
        event.subscriptionId(), event.groupId(), event.startTime(), event.createdAt(), quantity, rated,
        event.fields(), impact, event.charge(), event.amount(), version);
  }

  private void put(RatedEvent event) {
    int hash = event.id().lastIndexOf('#');
    if (hash > 0) {
      streamsOfEvents.add(event.id().substring(0, hash));
    }
    RatedEvent replaced = byId.put(event.id(), event);
    if (replaced == null && event.sessionId() != null) {
      bySession.merge(event.sessionId(), event.quantity(), BigDecimal::add);
    }
    timeline(event.serviceIdentifier()).add(event);
  }

  /** Replaces a stored event by a new version of it; a session's total is its parts' first versions'. */
  private void replace(RatedEvent current, RatedEvent next) {
    byId.put(next.id(), next);
    byService.get(current.serviceIdentifier()).remove(current);
    timeline(next.serviceIdentifier()).add(next);
  }

  private ServiceTimeline timeline(String serviceIdentifier) {
    ServiceTimeline timeline = byService.get(serviceIdentifier);
    if (timeline == null) {
      timeline = new ServiceTimeline(); // not computeIfAbsent: no lambda per stored event
      byService.put(serviceIdentifier, timeline);
    }
    return timeline;
  }

  private void remove(RatedEvent event) {
    byId.remove(event.id());
    if (event.sessionId() != null) {
      BigDecimal left = bySession.get(event.sessionId()).subtract(event.quantity());
      if (left.signum() == 0) {
        bySession.remove(event.sessionId());
      } else {
        bySession.put(event.sessionId(), left);
      }
    }
    byService.get(event.serviceIdentifier()).remove(event);
  }
}
