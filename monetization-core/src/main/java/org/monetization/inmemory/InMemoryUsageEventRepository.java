package org.monetization.inmemory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.monetization.error.ConflictException;
import org.monetization.rating.RatedEvent;
import org.monetization.spi.UsageEventRepository;

/**
 * Rated events by id (a hash map: ingestion looks ids up at every event), with an index per service in
 * start-time order for listings and exports. Guarded by the store's transaction lock.
 */
final class InMemoryUsageEventRepository implements UsageEventRepository {
  /** The position of an event in its service's listing. */
  private record Position(Instant startTime, String id) implements Comparable<Position> {
    static Position of(RatedEvent event) {
      return new Position(event.startTime(), event.id());
    }

    @Override
    public int compareTo(Position other) {
      int byTime = startTime.compareTo(other.startTime);
      return byTime != 0 ? byTime : id.compareTo(other.id);
    }
  }

  private final TransactionLog transactions;
  private final Map<String, RatedEvent> byId = new HashMap<>();
  private final Map<String, NavigableMap<Position, RatedEvent>> byService = new HashMap<>();
  private final Map<String, BigDecimal> bySession = new HashMap<>();

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
      RatedEvent stored = event.version() == 0 ? event : event.withVersion(0);
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
    RatedEvent stored = event.withVersion(current.version() + 1);
    transactions.recordUndo(() -> put(current));
    put(stored);
    return stored;
  }

  @Override
  public List<RatedEvent> ofService(
      String serviceIdentifier, Instant from, @Nullable Instant to, @Nullable RatedEvent after, int limit) {
    return transactions.read(() -> {
      NavigableMap<Position, RatedEvent> events = byService.get(serviceIdentifier);
      List<RatedEvent> page = new ArrayList<>();
      if (events == null) {
        return page;
      }
      Position start = new Position(from, "");
      boolean inclusive = true;
      if (after != null && Position.of(after).compareTo(start) >= 0) {
        start = Position.of(after);
        inclusive = false;
      }
      for (RatedEvent event : events.tailMap(start, inclusive).values()) {
        if (page.size() == limit || (to != null && !event.startTime().isBefore(to))) {
          break;
        }
        page.add(event);
      }
      return page;
    });
  }

  private void put(RatedEvent event) {
    RatedEvent replaced = byId.put(event.id(), event);
    if (replaced == null && event.sessionId() != null) {
      bySession.merge(event.sessionId(), event.quantity(), BigDecimal::add);
    }
    byService.computeIfAbsent(event.serviceIdentifier(), s -> new TreeMap<>()).put(Position.of(event), event);
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
    byService.get(event.serviceIdentifier()).remove(Position.of(event));
  }
}
