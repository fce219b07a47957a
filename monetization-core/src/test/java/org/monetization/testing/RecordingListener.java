package org.monetization.testing;

import java.util.List;
import java.util.ArrayList;
import java.util.Collections;
import org.monetization.event.DomainEvent;
import org.monetization.spi.DomainEventListener;

/** Records every published domain event, in order. Thread-safe. */
public final class RecordingListener implements DomainEventListener {
  // Not a CopyOnWriteArrayList: rating tests publish a hundred thousand events, one copy each would be quadratic.
  private final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void onEvent(DomainEvent event) {
    events.add(event);
  }

  /** Returns the events received since creation or the last {@link #clear()}. */
  public List<DomainEvent> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }

  /** Forgets the events received so far. */
  public void clear() {
    events.clear();
  }
}
