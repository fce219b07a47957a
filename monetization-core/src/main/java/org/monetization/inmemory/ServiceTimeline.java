package org.monetization.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.monetization.rating.RatedEvent;

/**
 * One service's rated events in (start time, id) order, for listings and exports. Events are kept in
 * sorted chunks of at most {@value #CHUNK} references rather than a tree: a tree holds a node (and a key)
 * per event, and the heap retains millions of them; here an event costs about one array slot. Events
 * mostly arrive in time order and append to the last chunk; one out of order is inserted into the chunk
 * that holds its place, which splits when full. Not thread-safe: guarded by the store's lock.
 */
final class ServiceTimeline {
  static final int CHUNK = 512;

  /** A sorted run of events; chunks are in order and none is empty. */
  private static final class Chunk {
    RatedEvent[] events = new RatedEvent[CHUNK];
    int size;

    RatedEvent last() {
      return events[size - 1];
    }
  }

  private final List<Chunk> chunks = new ArrayList<>();

  /** Adds an event; its (start time, id) must not be in the timeline yet. */
  void add(RatedEvent event) {
    if (chunks.isEmpty()) {
      Chunk first = new Chunk();
      first.events[0] = event;
      first.size = 1;
      chunks.add(first);
      return;
    }
    int c = chunks.size() - 1;
    if (compare(event, chunks.get(c).last()) < 0) {
      c = firstChunkEndingAtOrAfter(event.startTime(), event.id());
    }
    Chunk chunk = chunks.get(c);
    if (chunk.size == CHUNK) {
      if (c == chunks.size() - 1 && compare(event, chunk.last()) > 0) {
        chunk = new Chunk(); // appending in time order: a new chunk, the full one stays full
        chunks.add(chunk);
      } else {
        Chunk upper = new Chunk();
        int half = CHUNK / 2;
        System.arraycopy(chunk.events, half, upper.events, 0, CHUNK - half);
        Arrays.fill(chunk.events, half, CHUNK, null);
        upper.size = CHUNK - half;
        chunk.size = half;
        chunks.add(c + 1, upper);
        if (compare(event, chunk.last()) > 0) {
          chunk = upper;
        }
      }
    }
    int at = -indexOf(chunk, event.startTime(), event.id()) - 1;
    System.arraycopy(chunk.events, at, chunk.events, at + 1, chunk.size - at);
    chunk.events[at] = event;
    chunk.size++;
  }

  /** Removes the event of the same (start time, id), if present. */
  void remove(RatedEvent event) {
    if (chunks.isEmpty()) {
      return;
    }
    int c = firstChunkEndingAtOrAfter(event.startTime(), event.id());
    Chunk chunk = chunks.get(c);
    int at = indexOf(chunk, event.startTime(), event.id());
    if (at < 0) {
      return;
    }
    System.arraycopy(chunk.events, at + 1, chunk.events, at, chunk.size - at - 1);
    chunk.size--;
    chunk.events[chunk.size] = null;
    if (chunk.size == 0) {
      chunks.remove(c);
    }
  }

  /**
   * Returns up to {@code limit} events from a position, in order, stopping before {@code to}.
   *
   * @param fromTime the position's start time
   * @param fromId the position's id
   * @param inclusive whether an event exactly at the position is included
   * @param to the end of the period, exclusive; null for none
   * @param limit the most events returned
   */
  List<RatedEvent> page(Instant fromTime, String fromId, boolean inclusive, @Nullable Instant to,
      int limit) {
    List<RatedEvent> page = new ArrayList<>();
    if (chunks.isEmpty()) {
      return page;
    }
    int c = firstChunkEndingAtOrAfter(fromTime, fromId);
    int at = indexOf(chunks.get(c), fromTime, fromId);
    at = at >= 0 ? (inclusive ? at : at + 1) : -at - 1;
    for (; c < chunks.size(); c++, at = 0) {
      Chunk chunk = chunks.get(c);
      for (int i = at; i < chunk.size; i++) {
        RatedEvent event = chunk.events[i];
        if (page.size() == limit || (to != null && !event.startTime().isBefore(to))) {
          return page;
        }
        page.add(event);
      }
    }
    return page;
  }

  /** The first chunk whose last event is at or after the position; the last chunk if none is. */
  private int firstChunkEndingAtOrAfter(Instant time, String id) {
    int low = 0;
    int high = chunks.size() - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (compare(chunks.get(mid).last(), time, id) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The index of the position in the chunk, or {@code -(insertion point) - 1}, as Arrays.binarySearch. */
  private static int indexOf(Chunk chunk, Instant time, String id) {
    int low = 0;
    int high = chunk.size - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = compare(chunk.events[mid], time, id);
      if (order < 0) {
        low = mid + 1;
      } else if (order > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -low - 1;
  }

  private static int compare(RatedEvent a, RatedEvent b) {
    return compare(a, b.startTime(), b.id());
  }

  static int compare(RatedEvent event, Instant time, String id) {
    int byTime = event.startTime().compareTo(time);
    return byTime != 0 ? byTime : event.id().compareTo(id);
  }
}
