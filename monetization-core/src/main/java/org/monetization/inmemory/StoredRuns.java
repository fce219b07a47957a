package org.monetization.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.monetization.rating.RatedEvent;
import org.monetization.spi.RatedStreamRun;
import org.monetization.subscription.SubscriptionId;

/**
 * Runs of rated events kept as the runs rating handed over ({@link RatedStreamRun}): a few bytes of columns
 * per event rather than an event object, its id, its index nodes and what they reference, so that the heap
 * can keep millions of a stream's events without the garbage collector copying millions of objects. An
 * event is built when it is read. Indexed by stream and first sequence (a lookup by id) and by service (for
 * listings); an event replaced by a new version (an adjustment) is marked and then lives with the other
 * events. Writes are guarded by the store's lock; reads run under its read lock, beside one another.
 */
final class StoredRuns {

  /** A stored run; what of it was replaced; its events' order by (start time, id), once listed. */
  static final class Run {
    final RatedStreamRun events;
    final BitSet replaced = new BitSet();
    // computed by the first listing, which may run beside another under the store's read lock: published
    // whole through the volatile field, and two readers computing it at once compute the same
    private volatile int @Nullable [] order;

    Run(RatedStreamRun events) {
      this.events = events;
    }

    long lastSequence() {
      return events.firstSequence() + events.size() - 1;
    }

    String id(int index) {
      return RatedStreamRun.id(events.streamKey(), events.firstSequence() + index);
    }

    /** The run's indexes in (start time, id) order, the order of listings. */
    int[] order() {
      int[] sorted = order;
      if (sorted == null) {
        String[] ids = new String[events.size()];
        Integer[] indexes = new Integer[events.size()];
        for (int i = 0; i < indexes.length; i++) {
          ids[i] = id(i);
          indexes[i] = i;
        }
        Arrays.sort(indexes, Comparator.<Integer>comparingLong(events::startTimeMillis).thenComparing(i -> ids[i]));
        sorted = new int[indexes.length];
        for (int i = 0; i < sorted.length; i++) {
          sorted[i] = indexes[i];
        }
        order = sorted;
      }
      return sorted;
    }

    /** Compares the event at the index with a position, as listings order events. */
    int compare(int index, Instant time, String id) {
      int order = Instant.ofEpochMilli(events.startTimeMillis(index)).compareTo(time);
      return order != 0 ? order : id(index).compareTo(id);
    }
  }

  /** An event of a stored run. */
  record Located(Run run, int index) {
    RatedEvent event() {
      return run.events.get(index);
    }
  }

  private final Map<String, NavigableMap<Long, Run>> byStream = new HashMap<>();
  private final Map<String, List<Run>> byService = new HashMap<>();

  /** Returns whether a stored run holds an event of the stream in the sequence range. */
  boolean overlaps(String stream, long first, long last) {
    NavigableMap<Long, Run> runs = byStream.get(stream);
    if (runs == null) {
      return false;
    }
    Entry<Long, Run> before = runs.floorEntry(last);
    return before != null && before.getValue().lastSequence() >= first;
  }

  /** Keeps a run whose sequences no stored run holds. */
  Run add(RatedStreamRun events) {
    Run run = new Run(events);
    restore(run);
    return run;
  }

  /** Keeps a run again that was removed, with what of it was replaced. */
  void restore(Run run) {
    byStream.computeIfAbsent(run.events.streamKey(), s -> new TreeMap<>()).put(run.events.firstSequence(), run);
    byService.computeIfAbsent(run.events.serviceIdentifier(), s -> new ArrayList<>()).add(run);
  }

  /** Forgets a stored run. */
  void remove(Run run) {
    NavigableMap<Long, Run> runs = byStream.get(run.events.streamKey());
    runs.remove(run.events.firstSequence());
    if (runs.isEmpty()) {
      byStream.remove(run.events.streamKey());
    }
    List<Run> ofService = byService.get(run.events.serviceIdentifier());
    ofService.remove(run);
    if (ofService.isEmpty()) {
      byService.remove(run.events.serviceIdentifier());
    }
  }

  /** Returns the current event with the id, if a stored run holds it and it was not replaced. */
  @Nullable Located find(String id) {
    int hash = id.lastIndexOf('#');
    if (hash < 0 || hash == id.length() - 1) {
      return null;
    }
    NavigableMap<Long, Run> runs = byStream.get(id.substring(0, hash));
    if (runs == null) {
      return null;
    }
    long sequence;
    try {
      sequence = Long.parseLong(id, hash + 1, id.length(), 10);
    } catch (NumberFormatException e) {
      return null; // not the id of a stream's event
    }
    Entry<Long, Run> entry = runs.floorEntry(sequence);
    if (entry == null || entry.getValue().lastSequence() < sequence) {
      return null;
    }
    Run run = entry.getValue();
    int index = (int) (sequence - run.events.firstSequence());
    // the run's id of that sequence must be the id asked for: "s#007" names no event of stream s
    return run.replaced.get(index) || !run.id(index).equals(id) ? null : new Located(run, index);
  }

  /** Returns the runs of the service rated for the subscription. */
  List<Run> of(String serviceIdentifier, SubscriptionId subscriptionId) {
    List<Run> found = new ArrayList<>();
    for (Run run : byService.getOrDefault(serviceIdentifier, List.of())) {
      if (run.events.subscriptionId().equals(subscriptionId)) {
        found.add(run);
      }
    }
    return found;
  }

  /**
   * Returns up to {@code limit} current events of the service's runs from a position, in (start time, id)
   * order, stopping before {@code to}: a merge of the runs' orders, reading {@code limit} events however
   * many runs and events the service has.
   */
  List<RatedEvent> page(String serviceIdentifier, Instant fromTime, String fromId, boolean inclusive,
      @Nullable Instant to, int limit) {
    PriorityQueue<Cursor> cursors = new PriorityQueue<>();
    for (Run run : byService.getOrDefault(serviceIdentifier, List.of())) {
      int[] order = run.order();
      int low = 0;
      int high = order.length;
      while (low < high) { // the first event at or after (or after) the position
        int mid = (low + high) >>> 1;
        int comparison = run.compare(order[mid], fromTime, fromId);
        if (comparison < 0 || (comparison == 0 && !inclusive)) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      Cursor cursor = new Cursor(run, order, low);
      if (cursor.advance(to)) {
        cursors.add(cursor);
      }
    }
    List<RatedEvent> page = new ArrayList<>();
    while (page.size() < limit && !cursors.isEmpty()) {
      Cursor next = cursors.poll();
      page.add(next.run.events.get(next.order[next.at]));
      next.at++;
      if (next.advance(to)) {
        cursors.add(next);
      }
    }
    return page;
  }

  /** A position in one run's order, during a merge. */
  private static final class Cursor implements Comparable<Cursor> {
    final Run run;
    final int[] order;
    int at;

    Cursor(Run run, int[] order, int at) {
      this.run = run;
      this.order = order;
      this.at = at;
    }

    /** Skips replaced events; returns whether an event before {@code to} is left. */
    boolean advance(@Nullable Instant to) {
      while (at < order.length && run.replaced.get(order[at])) {
        at++;
      }
      return at < order.length
          && (to == null || Instant.ofEpochMilli(run.events.startTimeMillis(order[at])).isBefore(to));
    }

    @Override
    public int compareTo(Cursor other) {
      int index = order[at];
      int otherIndex = other.order[other.at];
      int byTime = Long.compare(run.events.startTimeMillis(index), other.run.events.startTimeMillis(otherIndex));
      return byTime != 0 ? byTime : run.id(index).compareTo(other.run.id(otherIndex));
    }
  }
}
