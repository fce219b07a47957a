package org.monetization.examples.demo;

import java.util.ArrayList;
import java.util.List;
import org.monetization.event.DomainEvent;
import org.monetization.spi.DomainEventListener;

/**
 * Keeps the domain events the SDK publishes during a run, in publication order, so that a step can react to
 * what earlier steps caused (the rating chapter turns exhausted balances into notifications). Thread-safe.
 */
public final class PublishedEvents implements DomainEventListener {
  private final List<DomainEvent> events = new ArrayList<>();

  @Override
  public synchronized void onEvent(DomainEvent event) {
    events.add(event);
  }

  /**
   * Returns the events of a type published so far, oldest first.
   *
   * @param type the event type, e.g. {@code BalanceEvent.Exhausted.class}
   * @param <T> the event type
   * @return a copy of the matching events
   */
  public synchronized <T extends DomainEvent> List<T> ofType(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
