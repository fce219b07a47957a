package org.monetization.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.monetization.event.DomainEvent;
import org.monetization.spi.DomainEventListener;

/** Records every published domain event, in order. Thread-safe. */
public final class RecordingListener implements DomainEventListener {
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(DomainEvent event) {
    events.add(event);
  }

  /** Returns the events received since creation or the last {@link #clear()}. */
  public List<DomainEvent> events() {
    return List.copyOf(events);
  }

  /** Forgets the events received so far. */
  public void clear() {
    events.clear();
  }
}
