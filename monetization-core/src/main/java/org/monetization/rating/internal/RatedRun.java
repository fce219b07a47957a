package org.monetization.rating.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.monetization.balance.BalanceGroupId;
import org.monetization.rating.BalanceImpact;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.UsageColumns;
import org.monetization.spi.RatedStreamRun;
import org.monetization.subscription.SubscriptionId;

/**
 * The events a {@link ColumnRater} rated from a run of {@link UsageColumns}, in columns: per event only its
 * charge and where its draws end; the draws themselves (free units, credit) only for the events that made
 * some; the cycle's charge balance once per stretch of events that accumulate on it. What can be computed
 * again is not kept: the rated quantity is the reported one rounded, what an event added to the charge
 * balance is its charge less the credit it drew. As a list it is the {@link RatedEvent}s those columns
 * stand for, each built when read, so a store that keeps no event builds none, and one that stores them
 * reads each once. Appended to during the attempt only; read-only once handed to the store.
 */
final class RatedRun extends AbstractList<RatedEvent> implements RatedStreamRun, RandomAccess {
  private final UsageColumns usage;
  private final int offset;
  private final Instant createdAt;
  private final String streamKey;
  // what the events share, copied from the service's context so that a store keeping the run keeps no more
  private final SubscriptionId subscriptionId;
  private final BalanceGroupId groupId;
  private final String money;
  private final int moneyScale;
  private final CurrencyUnit currency;
  private final int scale;
  private final long step;
  private final long[] charges;
  /**
   * Event j's draws are {@code drawSlots[end(j - 1)] .. drawSlots[end(j) - 1]}, where {@code end(j)} is
   * {@code drawEnds[j]} up to the last event that drew a balance and {@code draws} after it: most events of
   * a run draw nothing once the free units are used up, and keep no slot here.
   */
  private int[] drawEnds = new int[0];
  private int drawingEvents;
  private Ledger.Slot[] drawSlots;
  private long[] drawDeltas;
  private int draws;
  /** From event {@code chargeFrom[k]} on, the charge balance is {@code chargeSlots[k]}. */
  private int[] chargeFrom = new int[1];
  private final List<Ledger.Slot> chargeSlots = new ArrayList<>(1);
  private int size;

  /**
   * Starts an empty run.
   *
   * @param usage the run of usage rated
   * @param offset the index in it of the first event to rate: the duplicates before it are skipped
   * @param context the service's context: its subscription, money and the tariff that rounded the quantities
   * @param createdAt when the events were rated
   */
  RatedRun(UsageColumns usage, int offset, ServiceContext context, Instant createdAt) {
    this.usage = usage;
    this.offset = offset;
    this.createdAt = createdAt;
    this.streamKey = RatedStreamRun.key(usage.serviceIdentifier(), usage.serviceType(), usage.stream());
    this.subscriptionId = context.subscription.id();
    this.groupId = context.subscription.balanceGroupId();
    this.money = context.money.code();
    this.moneyScale = context.money.scale();
    this.currency = context.profile.currency();
    this.scale = context.tariff.scale;
    this.step = context.tariff.step;
    int capacity = usage.size() - offset;
    this.charges = new long[capacity];
    this.drawSlots = new Ledger.Slot[Math.min(capacity, 64)]; // grown as needed: most events draw no balance
    this.drawDeltas = new long[drawSlots.length];
  }

  @Override
  public String streamKey() {
    return streamKey;
  }

  @Override
  public long firstSequence() {
    return usage.firstSequence() + offset;
  }

  @Override
  public String serviceIdentifier() {
    return usage.serviceIdentifier();
  }

  @Override
  public SubscriptionId subscriptionId() {
    return subscriptionId;
  }

  @Override
  public long startTimeMillis(int index) {
    Objects.checkIndex(index, size);
    return usage.startTimeMillis(offset + index);
  }

  /** Returns the index in the run of usage of the first event rated. */
  int offset() {
    return offset;
  }

  /** Returns the id of the usage's event at the index: {@code <service>/<type>/<stream>#<sequence>}. */
  String id(int index) {
    return RatedStreamRun.id(streamKey, usage.sequence(index));
  }

  /** Records that the events appended from now on accumulate on the charge balance. */
  void chargeOn(Ledger.Slot slot) {
    int k = chargeSlots.size();
    if (k == chargeFrom.length) {
      chargeFrom = Arrays.copyOf(chargeFrom, k * 2);
    }
    chargeFrom[k] = size;
    chargeSlots.add(slot);
  }

  /** Appends the next event: its charge and the draws of its plan on free units and credit. */
  void add(long charge, Ledger.Slot[] slots, long[] deltas, int count) {
    if (count > 0) {
      if (size >= drawEnds.length) {
        drawEnds = Arrays.copyOf(drawEnds, Math.min(charges.length, Math.max(16, size * 2)));
      }
      Arrays.fill(drawEnds, drawingEvents, size, draws); // the events since the last one that drew
      drawingEvents = size + 1;
      if (draws + count > drawSlots.length) {
        int capacity = Math.max(drawSlots.length * 2, draws + count);
        drawSlots = Arrays.copyOf(drawSlots, capacity);
        drawDeltas = Arrays.copyOf(drawDeltas, capacity);
      }
      for (int k = 0; k < count; k++) { // one or two: a loop costs less than arraycopy's set-up
        drawSlots[draws] = slots[k];
        drawDeltas[draws] = deltas[k];
        draws++;
      }
      drawEnds[size] = draws;
    }
    charges[size] = charge;
    size++;
  }

  @Override
  public RatedEvent get(int index) {
    Objects.checkIndex(index, size);
    int event = offset + index;
    List<BalanceImpact> changes = new ArrayList<>(2);
    long due = charges[index];
    for (int k = index == 0 ? 0 : drawEnd(index - 1); k < drawEnd(index); k++) {
      Ledger.Slot slot = drawSlots[k];
      changes.add(new BalanceImpact(slot.id, slot.resource, slot.decimal(drawDeltas[k])));
      if (slot.resource.equals(money)) {
        due -= drawDeltas[k]; // credit is drawn at the money resource's scale, the charge's
      }
    }
    if (due > 0) {
      Ledger.Slot slot = chargeSlots.get(chargeSegment(index));
      changes.add(new BalanceImpact(slot.id, slot.resource, slot.decimal(due)));
    }
    long rated = ColumnRater.rounded(usage.unscaledQuantity(event), usage.quantityScale(), scale, step);
    MonetaryAmount amount = Money.of(BigDecimal.valueOf(charges[index], moneyScale), currency);
    return new RatedEvent(id(event), usage.serviceIdentifier(), usage.serviceType(), null, subscriptionId, groupId,
        Instant.ofEpochMilli(usage.startTimeMillis(event)), createdAt, usage.quantity(event),
        BigDecimal.valueOf(rated, scale), usage.fields(), changes, amount, amount, 0);
  }

  /** Returns where the event's draws end in {@code drawSlots}. */
  private int drawEnd(int index) {
    return index < drawingEvents ? drawEnds[index] : draws;
  }

  /** Returns the index of the charge balance the event accumulated on: the last stretch begun at or before it. */
  private int chargeSegment(int index) {
    int low = 0;
    int high = chargeSlots.size() - 1; // chargeFrom ascends; the first stretch begins at or before the event
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (chargeFrom[mid] <= index) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  @Override
  public int size() {
    return size;
  }
}
