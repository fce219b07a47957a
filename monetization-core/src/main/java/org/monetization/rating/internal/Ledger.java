package org.monetization.rating.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceId;
import org.monetization.balance.GroupBalances;
import org.monetization.balance.UsageCounter;
import org.monetization.billing.BillingCycle;
import org.monetization.config.ConsumptionOrder;
import org.monetization.config.Resource;
import org.monetization.time.Validity;

/**
 * A working copy of one group's {@link GroupBalances} for the length of a batch: every amount a scaled
 * {@code long} at its resource's scale, balances listed per resource in consumption order. The batch
 * changes it in memory and writes it back once with {@link #toAggregate()}. Not thread-safe.
 *
 * <p>Consumption reads slots from any ledger, so a sharing group (BAL-8) can draw on its owner's ledger
 * next to the member's own.
 */
final class Ledger {

  /** One balance as a mutable scaled amount. */
  static final class Slot {
    final BalanceId id;
    final String resource;
    final int scale;
    final Instant from;
    final @Nullable Instant to;
    final Instant createdAt;
    final @Nullable Balance original;
    /** The validity's bounds as the first whole millisecond at or after each: compared with event times. */
    final long fromMillis;
    final long toMillis;
    long amount;

    Slot(BalanceId id, String resource, int scale, Validity validity, Instant createdAt, long amount,
        @Nullable Balance original) {
      this.id = id;
      this.resource = resource;
      this.scale = scale;
      this.from = validity.from();
      this.to = validity.to();
      this.createdAt = createdAt;
      this.amount = amount;
      this.original = original;
      this.fromMillis = ceilingMillis(from);
      this.toMillis = endMillis(to);
    }

    boolean isValidAt(Instant instant) {
      return !instant.isBefore(from) && (to == null || instant.isBefore(to));
    }

    /**
     * Returns how much of {@code wanted} (at {@code scale}) this balance can give if it is available:
     * everything it holds at most, and of a balance of a coarser scale whole units of its scale only, so
     * that what it keeps stays exact. Zero when it holds nothing.
     */
    long drawable(long wanted, int scale) {
      if (amount >= 0) {
        return 0;
      }
      long take = Math.min(wanted, Scaled.rescaleDown(-amount, this.scale, scale));
      return scale > this.scale ? take - take % Scaled.pow10(scale - this.scale) : take;
    }

    /** Returns whether the instant {@code millis} since the epoch lies in the validity, as {@link #isValidAt}. */
    boolean isValidAtMillis(long millis) {
      return millis >= fromMillis && millis < toMillis;
    }

    BigDecimal decimal(long value) {
      return BigDecimal.valueOf(value, scale);
    }
  }

  /** A usage counter as a mutable scaled quantity. */
  private static final class Counter {
    Instant cycleStart;
    long quantity;
    int scale;

    Counter(Instant cycleStart, long quantity, int scale) {
      this.cycleStart = cycleStart;
      this.quantity = quantity;
      this.scale = scale;
    }

    BigDecimal decimal() {
      return BigDecimal.valueOf(quantity, scale);
    }
  }

  /** The prefix of the counters that hold usage streams' positions. */
  private static final String STREAM = "stream/";

  private static final Comparator<Slot> OLDEST =
      Comparator.<Slot, Instant>comparing(s -> s.createdAt).thenComparingLong(s -> s.id.value());
  private static final Comparator<Slot> EXPIRY =
      Comparator.<Slot, Instant>comparing(s -> s.to, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(OLDEST);
  private static final Comparator<Slot> NEWEST =
      Comparator.<Slot, Instant>comparing(s -> s.createdAt, Comparator.reverseOrder())
          .thenComparingLong(s -> s.id.value());
  private static final Comparator<Slot> LARGEST = Comparator.<Slot>comparingLong(s -> s.amount).thenComparing(OLDEST);

  private final GroupBalances original;
  private final List<Slot> slots = new ArrayList<>();
  private final Map<String, List<Slot>> byResource = new HashMap<>();
  private final Map<String, Counter> counters = new HashMap<>();
  private boolean changed;

  /**
   * Loads the aggregate.
   *
   * @param original the stored balances
   * @param resources resolves a resource code; null when undefined
   */
  Ledger(GroupBalances original, Function<String, @Nullable Resource> resources) {
    this.original = original;
    for (Balance balance : original.balances()) {
      Resource resource = resources.apply(balance.resource());
      int scale = resource == null ? Math.max(0, balance.amount().scale()) : resource.scale();
      slots.add(new Slot(balance.id(), balance.resource(), scale, balance.validity(), balance.createdAt(),
          Scaled.exact(balance.amount(), scale), balance));
    }
    for (UsageCounter counter : original.counters()) {
      int scale = Math.max(0, counter.quantity().scale());
      counters.put(counter.key(), new Counter(counter.cycleStart(), Scaled.exact(counter.quantity(), scale), scale));
    }
  }

  /** Returns the group's balances of the resource in its consumption order; callers skip what is not usable. */
  List<Slot> inOrder(Resource resource) {
    List<Slot> ordered = byResource.get(resource.code()); // not computeIfAbsent: no lambda per event
    if (ordered == null) {
      ordered = new ArrayList<>();
      for (Slot slot : slots) {
        if (slot.resource.equals(resource.code())) {
          ordered.add(slot);
        }
      }
      ordered.sort(comparator(resource.consumptionOrder()));
      byResource.put(resource.code(), ordered);
    } else if (resource.consumptionOrder() == ConsumptionOrder.LARGEST_FIRST && ordered.size() > 1) {
      ordered.sort(LARGEST); // amounts change as the batch goes
    }
    return ordered;
  }

  private static Comparator<Slot> comparator(ConsumptionOrder order) {
    return switch (order) {
      case EARLIEST_EXPIRY_FIRST -> EXPIRY;
      case NEWEST_FIRST -> NEWEST;
      case OLDEST_FIRST -> OLDEST;
      case LARGEST_FIRST -> LARGEST;
    };
  }

  /**
   * Returns the balance that accumulates postpaid charges of a cycle: the resource's non-negative balance
   * valid exactly for the cycle, created (at zero) when there is none.
   */
  Slot chargeSlot(Resource money, BillingCycle cycle, Instant now, Supplier<BalanceId> ids) {
    for (Slot slot : inOrder(money)) {
      if (slot.amount >= 0 && slot.from.equals(cycle.start()) && cycle.end().equals(slot.to)) {
        return slot;
      }
    }
    Slot created = new Slot(ids.get(), money.code(), money.scale(), Validity.between(cycle.start(), cycle.end()),
        now, 0, null);
    slots.add(created);
    byResource.remove(money.code());
    changed = true;
    return created;
  }

  /** Changes a slot's amount; returns whether it crossed from available (negative) to exhausted. */
  boolean apply(Slot slot, long delta) {
    long before = slot.amount;
    slot.amount = Math.addExact(before, delta);
    changed = true;
    return before < 0 && slot.amount >= 0;
  }

  /** Returns the counted quantity of the key in the cycle starting at {@code cycleStart}, at the scale. */
  long counted(String key, Instant cycleStart, int scale) {
    Counter counter = counters.get(key);
    if (counter == null || !counter.cycleStart.equals(cycleStart)) {
      return 0;
    }
    if (counter.scale <= scale) {
      return Math.multiplyExact(counter.quantity, Scaled.pow10(scale - counter.scale));
    }
    return Scaled.ceiling(counter.decimal(), scale); // written by a finer tariff of an older catalog
  }

  /** Sets the counted quantity of the key for the cycle. */
  void count(String key, Instant cycleStart, long quantity, int scale) {
    Counter counter = counters.get(key);
    if (counter == null) {
      counters.put(key, new Counter(cycleStart, quantity, scale));
    } else {
      counter.cycleStart = cycleStart;
      counter.quantity = quantity;
      counter.scale = scale;
    }
    changed = true;
  }

  /** Returns the last sequence the usage stream applied to the group, 0 when none. */
  long position(String stream) {
    Counter counter = counters.get(STREAM + stream);
    return counter == null ? 0 : counter.quantity;
  }

  /** Sets the last sequence the usage stream applied to the group. */
  void advance(String stream, long position) {
    count(STREAM + stream, Instant.EPOCH, position, 0);
  }

  /**
   * Returns the first whole millisecond since the epoch at or after the instant; an instant {@code t}
   * milliseconds after the epoch lies before {@code bound} exactly when {@code t < ceilingMillis(bound)}.
   * Saturates beyond the range of {@code long} milliseconds.
   */
  static long ceilingMillis(Instant instant) {
    if (instant.getEpochSecond() >= Long.MAX_VALUE / 1000 - 1) {
      return Long.MAX_VALUE;
    }
    if (instant.getEpochSecond() <= Long.MIN_VALUE / 1000 + 1) {
      return Long.MIN_VALUE;
    }
    long floor = instant.toEpochMilli();
    return instant.getNano() % 1_000_000 == 0 ? floor : floor + 1;
  }

  /** Returns {@link #ceilingMillis} of a validity's end, {@code Long.MAX_VALUE} for none. */
  static long endMillis(@Nullable Instant end) {
    return end == null ? Long.MAX_VALUE : ceilingMillis(end);
  }

  /** Returns the balance group whose balances this is. */
  BalanceGroupId groupId() {
    return original.groupId();
  }

  /** Returns the aggregate as it was loaded. */
  GroupBalances original() {
    return original;
  }

  /** Returns whether anything changed since loading. */
  boolean changed() {
    return changed;
  }

  /** Returns the aggregate with every change, at the version it was loaded at. */
  GroupBalances toAggregate() {
    List<Balance> balances = new ArrayList<>(slots.size());
    for (Slot slot : slots) {
      Balance stored = slot.original;
      if (stored != null && Scaled.exact(stored.amount(), slot.scale) == slot.amount) {
        balances.add(stored);
      } else if (stored != null) {
        balances.add(stored.withAmount(slot.decimal(slot.amount)));
      } else {
        balances.add(new Balance(slot.id, slot.resource, slot.decimal(slot.amount),
            new Validity(slot.from, slot.to), slot.createdAt));
      }
    }
    List<UsageCounter> list = new ArrayList<>(counters.size());
    counters.forEach((key, c) -> list.add(new UsageCounter(key, c.cycleStart, c.decimal())));
    list.sort(Comparator.comparing(UsageCounter::key));
    return original.with(balances, list);
  }
}
