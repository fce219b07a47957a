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
import org.monetization.spi.UsageEventRepository;
import org.monetization.subscription.SubscriptionId;

/**
 * Rated events by id (a hash map: ingestion looks ids up at every event), with a {@link ServiceTimeline}
 * per service in start-time order for listings and exports. The heap retains every event, so each is kept
 * compactly: no index node beyond the id map's, and its quantities and balance impacts shared with earlier
 * events of equal values ({@link SharedValues}). What is returned equals what was stored. Guarded by the
 * store's transaction lock.
 */
final class InMemoryUsageEventRepository implements UsageEventRepository {
  private static final int SHARED = 4096;

  private final TransactionLog transactions;
  private final Map<String, RatedEvent> byId = new HashMap<>();
  private final Map<String, ServiceTimeline> byService = new HashMap<>();
  private final Map<String, BigDecimal> bySession = new HashMap<>();
  private final SharedValues<BigDecimal> quantities = new SharedValues<>(SHARED);
  private final SharedValues<List<BalanceImpact>> impacts = new SharedValues<>(SHARED);

  InMemoryUsageEventRepository(TransactionLog transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<RatedEvent> find(String id) {
    return transactions.read(() -> Optional.ofNullable(byId.get(id)));
  }

  @Override
  public Set<String> existing(Collection<String> ids) {
    return transactions.read(() -> {
      Set<String> found = new HashSet<>();
      for (String id : ids) {
        if (byId.containsKey(id)) {
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

  @Override
  public void insertAll(List<RatedEvent> events) {
    List<RatedEvent> inserted = new ArrayList<>(events.size());
    // one undo action for the whole batch, registered before the first write so a failure half way is undone
    transactions.recordUndo(() -> inserted.forEach(this::remove));
    for (RatedEvent event : events) {
      if (byId.containsKey(event.id())) {
        throw new ConflictException(ConflictException.Reason.CONCURRENT_UPDATE,
            "usage event " + event.id() + " was stored concurrently");
      }
      RatedEvent stored = compact(event, 0);
      put(stored);
      inserted.add(stored);
    }
  }

  @Override
  public RatedEvent update(RatedEvent event) {
    RatedEvent current = byId.get(event.id());
    if (current == null || current.version() != event.version()) {
      throw new ConflictException(ConflictException.Reason.CONCURRENT_UPDATE,
          "usage event " + event.id() + " was changed concurrently");
    }
    RatedEvent stored = compact(event, current.version() + 1);
    transactions.recordUndo(() -> replace(stored, current));
    replace(current, stored);
    return stored;
  }

  @Override
  public int deleteOfService(String serviceIdentifier, SubscriptionId subscriptionId) {
    ServiceTimeline timeline = byService.get(serviceIdentifier);
    if (timeline == null) {
      return 0;
    }
    List<RatedEvent> deleted = new ArrayList<>();
    for (RatedEvent event : timeline.page(Instant.MIN, "", true, null, Integer.MAX_VALUE)) {
      if (event.subscriptionId().equals(subscriptionId)) {
        deleted.add(event);
      }
    }
    transactions.recordUndo(() -> deleted.forEach(this::put));
    deleted.forEach(this::remove);
    return deleted.size();
  }

  @Override
  public List<RatedEvent> ofService(
      String serviceIdentifier, Instant from, @Nullable Instant to, @Nullable RatedEvent after, int limit) {
    return transactions.read(() -> {
      ServiceTimeline events = byService.get(serviceIdentifier);
      if (events == null) {
        return new ArrayList<>();
      }
      if (after != null && !after.startTime().isBefore(from)) {
        return events.page(after.startTime(), after.id(), false, to, limit); // the page after the last one
      }
      return events.page(from, "", true, to, limit);
    });
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
