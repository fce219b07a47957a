package org.monetization.inmemory;

import org.jspecify.annotations.Nullable;
import org.monetization.rating.RatedEvent;

/**
 * Rated events by id in one open-addressing table with linear probing. The store retains every rated
 * event and looks ids up at every ingested one; a {@code HashMap} would add a node of 32 bytes per event
 * for the garbage collector to trace and copy, this costs a few bytes of array per event. Not thread-safe:
 * guarded by the store's lock.
 */
final class EventsById {
  private RatedEvent[] table = new RatedEvent[64];
  private int size;

  /** Returns the event of the id, or null. */
  @Nullable RatedEvent get(String id) {
    RatedEvent[] events = table;
    int mask = events.length - 1;
    for (int i = slot(id, mask); ; i = (i + 1) & mask) {
      RatedEvent event = events[i];
      if (event == null || event.id().equals(id)) {
        return event;
      }
    }
  }

  /** Stores the event under its id; returns the one it replaces, or null. */
  @Nullable RatedEvent put(RatedEvent event) {
    if (3 * (size + 1) > 2 * table.length) {
      grow(); // at most two thirds full, so that probe runs stay short
    }
    RatedEvent[] events = table;
    int mask = events.length - 1;
    for (int i = slot(event.id(), mask); ; i = (i + 1) & mask) {
      RatedEvent current = events[i];
      if (current == null) {
        events[i] = event;
        size++;
        return null;
      }
      if (current.id().equals(event.id())) {
        events[i] = event;
        return current;
      }
    }
  }

  /** Removes the event of the id; returns it, or null if there was none. */
  @Nullable RatedEvent remove(String id) {
    RatedEvent[] events = table;
    int mask = events.length - 1;
    int hole = slot(id, mask);
    while (events[hole] != null && !events[hole].id().equals(id)) {
      hole = (hole + 1) & mask;
    }
    RatedEvent removed = events[hole];
    if (removed == null) {
      return null;
    }
    events[hole] = null;
    size--;
    // shift back the events of the run after the hole that could not be found past it otherwise
    for (int i = (hole + 1) & mask; events[i] != null; i = (i + 1) & mask) {
      int home = slot(events[i].id(), mask);
      boolean reachesHole = i > hole ? home <= hole || home > i : home <= hole && home > i;
      if (reachesHole) {
        events[hole] = events[i];
        events[i] = null;
        hole = i;
      }
    }
    return removed;
  }

  /** Returns how many events are stored. */
  int size() {
    return size;
  }

  private void grow() {
    RatedEvent[] old = table;
    RatedEvent[] events = new RatedEvent[old.length * 2];
    int mask = events.length - 1;
    for (RatedEvent event : old) {
      if (event != null) {
        int i = slot(event.id(), mask);
        while (events[i] != null) {
          i = (i + 1) & mask;
        }
        events[i] = event;
      }
    }
    table = events;
  }

  private static int slot(String id, int mask) {
    int h = id.hashCode() * 0x9E3779B9; // spreads ids that differ in their last characters only
    return (h ^ (h >>> 16)) & mask;
  }
}
