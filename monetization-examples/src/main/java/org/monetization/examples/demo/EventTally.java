package org.monetization.examples.demo;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.monetization.event.DomainEvent;
import org.monetization.spi.DomainEventListener;

/**
 * Counts the domain events the SDK publishes, by event type, for the demo's closing summary. Thread-safe.
 */
final class EventTally implements DomainEventListener {
  private final Map<String, Integer> counts = new TreeMap<>();

  @Override
  public synchronized void onEvent(DomainEvent event) {
    counts.merge(event.getClass().getSimpleName(), 1, Integer::sum);
  }

  /** Returns the counts as {@code Type=count} pairs sorted by type, or "none". */
  @Override
  public synchronized String toString() {
    if (counts.isEmpty()) {
      return "none";
    }
    return counts.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(Collectors.joining(", "));
  }
}
