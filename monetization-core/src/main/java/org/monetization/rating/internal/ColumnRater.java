package org.monetization.rating.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceEvent;
import org.monetization.billing.BillingCycle;
import org.monetization.config.ConsumptionOrder;
import org.monetization.config.PaymentType;
import org.monetization.config.Resource;
import org.monetization.customer.CustomerStatus;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldErrors;
import org.monetization.error.InsufficientBalanceException;
import org.monetization.error.MonetizationException;
import org.monetization.error.ValidationException;
import org.monetization.event.DomainEvent;
import org.monetization.rating.ColumnsResult;
import org.monetization.rating.InactiveServiceMode;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.RatingEvent;
import org.monetization.rating.UsageColumns;
import org.monetization.rating.UsageEvent;
import org.monetization.spi.RatedStreamRun;
import org.monetization.spi.Store;
import org.monetization.subscription.ServiceStatus;
import org.monetization.subscription.SubscriptionStatus;

/**
 * Rates one run of {@link UsageColumns} inside one transaction attempt. The run's input, service, fields
 * and rate are checked once; each event is then priced and applied on scaled {@code long}s with every
 * lookup done before the loop: the free-unit balances in consumption order, the money balances, the
 * cycle's charge balance and usage counter, the windows in which the service is in force. No object is
 * made per event: what it rated goes to a {@link RatedRun}, which builds a {@link RatedEvent} only when
 * the store reads it.
 *
 * <p>A sharing member, or a resource consumed largest first (an order that changes as balances are drawn),
 * takes the general path instead: each event goes through {@link BatchRater#price} as the
 * {@link UsageEvent} it stands for. Both paths rate an event exactly as {@code rateAll} would. Not
 * thread-safe: one per attempt.
 */
final class ColumnRater {
  /** How many bad entries of one column an error names one by one; the rest are counted. */
  static final int NAMED_PER_COLUMN = 20;

  private final Store store;
  private final ServiceContexts contexts;
  private final InactiveServiceMode mode;
  private final Instant now;
  private final BatchRater general;

  ColumnRater(Store store, ServiceContexts contexts, InactiveServiceMode mode, Instant now,
      BatchRater general) {
    this.store = store;
    this.contexts = contexts;
    this.mode = mode;
    this.now = now;
    this.general = general;
  }

  /** Checks the run, rates what follows the stream's position, writes what it changed. */
  ColumnsResult rate(UsageColumns usage, List<DomainEvent> domainEvents) {
    FieldErrors errors = new FieldErrors();
    boolean named = errors.requireText("serviceIdentifier", usage.serviceIdentifier())
        & errors.requireText("serviceType", usage.serviceType());
    check(usage, errors);
    BatchRater.Priced priced = general.resolve(usage.serviceIdentifier(), usage.serviceType(), named,
        usage.fields(), errors);
    ServiceContext context = priced.context();
    Ledger ledger = context.ledger;
    if (ledger == null) {
      ledger = general.ledgerOf(context.subscription.balanceGroupId());
      context.ledger = ledger;
    }
    String stream = RatedStreamRun.key(usage.serviceIdentifier(), usage.serviceType(), usage.stream());
    long position = ledger.position(stream);
    long first = usage.firstSequence();
    if (first > position + 1) {
      throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE, "stream " + usage.stream()
          + " is at sequence " + position + ": a run must start at or before " + (position + 1) + ", not " + first);
    }
    int duplicates = (int) Math.min(usage.size(), position + 1 - first);
    Outcome outcome = new Outcome();
    List<RatedEvent> rated = fastPathApplies(context)
        ? loop(usage, new RatedRun(usage, duplicates, context, now), context, priced.rate(), ledger, outcome,
            domainEvents)
        : general(usage, stream, duplicates, context, outcome, domainEvents);
    int count = rated.size();
    long last = first + duplicates + count - 1;
    if (count > 0) {
      ledger.advance(stream, last);
      domainEvents.add(new RatingEvent.StreamRated(usage.stream(), first + duplicates, last,
          usage.serviceIdentifier(), context.subscription.balanceGroupId(), context.money(outcome.charge), now));
    }
    general.write(rated, domainEvents);
    return new ColumnsResult(usage.stream(), usage.size(), duplicates, count, Math.max(position, last),
        BigDecimal.valueOf(outcome.ratedQuantity, context.tariff.scale), context.money(outcome.charge),
        outcome.refusal);
  }

  /** Checks the rest of the run's own input, naming every bad field; the service's checks follow. */
  private static void check(UsageColumns usage, FieldErrors errors) {
    if (errors.requireText("stream", usage.stream())) {
      int idLength = RatedStreamRun.key(usage.serviceIdentifier(), usage.serviceType(), usage.stream()).length()
          + 1 + String.valueOf(Long.MAX_VALUE).length();
      errors.check(idLength <= UsageEvent.MAX_TEXT_LENGTH, "stream", "too long: with the service identifier and "
          + "type, its events' ids would pass " + UsageEvent.MAX_TEXT_LENGTH + " characters");
    }
    errors.check(usage.firstSequence() >= 1, "firstSequence", "must be at least 1");
    errors.check(usage.firstSequence() <= Long.MAX_VALUE - UsageColumns.MAX_SIZE, "firstSequence", "too large");
    errors.check(usage.size() >= 1, "size", "must hold an event");
    errors.check(usage.size() <= UsageColumns.MAX_SIZE, "size", "at most " + UsageColumns.MAX_SIZE + " events");
    errors.check(usage.quantityScale() >= 0 && usage.quantityScale() <= UsageEvent.MAX_QUANTITY_SCALE,
        "quantityScale", "must be 0 to " + UsageEvent.MAX_QUANTITY_SCALE);
    int negative = 0;
    int outOfRange = 0;
    for (int i = 0; i < usage.size(); i++) {
      if (usage.unscaledQuantity(i) < 0 && negative++ < NAMED_PER_COLUMN) {
        errors.add("quantities[" + i + "]", "must not be negative");
      }
      long at = usage.startTimeMillis(i);
      if ((at < UsageColumns.MIN_START_TIME || at > UsageColumns.MAX_START_TIME) && outOfRange++ < NAMED_PER_COLUMN) {
        errors.add("startTimes[" + i + "]", "must lie in the years 1 to 9999");
      }
    }
    if (negative > NAMED_PER_COLUMN) {
      errors.add("quantities", (negative - NAMED_PER_COLUMN) + " more negative quantities");
    }
    if (outOfRange > NAMED_PER_COLUMN) {
      errors.add("startTimes", (outOfRange - NAMED_PER_COLUMN) + " more start times out of range");
    }
    BatchRater.checkFieldLengths(errors, usage.fields());
  }

  /**
   * Returns whether every balance the service draws on can be read in a fixed order: not for a sharing
   * member (the owner's balances, the member's cap) nor a resource consumed largest first.
   */
  private boolean fastPathApplies(ServiceContext context) {
    if (context.share != null || context.money.consumptionOrder() == ConsumptionOrder.LARGEST_FIRST) {
      return false;
    }
    for (String code : context.tariff.tariff.freeUnitResources()) {
      Resource resource = contexts.resource(code);
      if (resource != null && resource.consumptionOrder() == ConsumptionOrder.LARGEST_FIRST) {
        return false;
      }
    }
    return true;
  }

  /** What the run rated so far: the totals, and why it stopped. */
  private static final class Outcome {
    long ratedQuantity;
    long charge;
    @Nullable MonetizationException refusal;
  }

  /** The fast path: every event of the run after the duplicates, on primitives; returns the rated run. */
  private List<RatedEvent> loop(UsageColumns usage, RatedRun run, ServiceContext context,
      CompiledTariff.CompiledRate rate, Ledger ledger, Outcome outcome, List<DomainEvent> domainEvents) {
    CompiledTariff tariff = context.tariff;
    int scale = tariff.scale;
    int quantityScale = usage.quantityScale();
    long step = tariff.step;
    List<Ledger.Slot[]> units = new ArrayList<>();
    for (String code : tariff.tariff.freeUnitResources()) {
      Resource resource = contexts.resource(code);
      if (resource != null && !resource.isMonetary()) {
        units.add(ledger.inOrder(resource).toArray(Ledger.Slot[]::new));
      }
    }
    Ledger.Slot[][] freeSlots = units.toArray(Ledger.Slot[][]::new);
    Resource money = context.money;
    Ledger.Slot[] credit = ledger.inOrder(money).toArray(Ledger.Slot[]::new);
    // how many balances can still give: once none can, an event skips drawing (a drawn balance never
    // becomes available again within the run)
    int freeLeft = 0;
    for (Ledger.Slot[] slots : freeSlots) {
      freeLeft += available(slots);
    }
    int creditLeft = available(credit);
    boolean prepaid = context.profile.paymentType() == PaymentType.PREPAID;
    // where the service is in force and the account open: events inside are not checked one by one
    long inForceFrom;
    long inForceTo;
    boolean open = context.customer.status() != CustomerStatus.CLOSED;
    if (open && context.service.status() == ServiceStatus.ACTIVE
        && context.subscription.status() == SubscriptionStatus.ACTIVE && context.line.isActive()) {
      inForceFrom = Math.max(Ledger.ceilingMillis(context.service.validity().from()),
          Ledger.ceilingMillis(context.line.validity().from()));
      inForceTo = Math.min(Ledger.endMillis(context.service.validity().to()),
          Ledger.endMillis(context.line.validity().to()));
    } else {
      inForceFrom = Long.MAX_VALUE;
      inForceTo = Long.MIN_VALUE;
    }
    int costScale = scale + rate.priceScale();
    long chargeFactor = money.scale() >= costScale ? Scaled.pow10(money.scale() - costScale) : 0;
    long cycleFrom = Long.MAX_VALUE;
    long cycleTo = Long.MIN_VALUE;
    @Nullable BillingCycle cycle = null;
    // the cycle's charge balance: it is never negative, so nothing in the run reads its amount and the
    // dues it accumulates are added once per cycle rather than per event
    Ledger.@Nullable Slot charges = null;
    long pending = 0;
    long counted = 0;
    boolean counting = false; // whether an event of the current cycle was rated, so its count changed
    long ratedQuantity = 0;
    long ratedCharge = 0;
    Plan plan = new Plan();
    // the instants of the current cycle where the service is in force: an event inside checks nothing else
    long fastFrom = Long.MAX_VALUE;
    long fastTo = Long.MIN_VALUE;
    boolean drawing = freeLeft > 0 || creditLeft > 0;
    for (int i = run.offset(); i < usage.size(); i++) {
      long at = usage.startTimeMillis(i);
      try {
        if (at < fastFrom || at >= fastTo) { // the rare way: out of force, or another cycle
          if (at < inForceFrom || at >= inForceTo) {
            context.checkInForce(Instant.ofEpochMilli(at), mode); // throws when refused
          }
          if (at < cycleFrom || at >= cycleTo) {
            if (counting) {
              ledger.count(context.counterKey, cycle.start(), counted, scale);
              counting = false;
            }
            if (pending > 0) {
              ledger.apply(charges, pending);
              pending = 0;
            }
            cycle = context.cycleOf(Instant.ofEpochMilli(at));
            cycleFrom = Ledger.ceilingMillis(cycle.start());
            cycleTo = Ledger.ceilingMillis(cycle.end());
            counted = ledger.counted(context.counterKey, cycle.start(), scale);
            charges = null;
            fastFrom = Math.max(cycleFrom, inForceFrom);
            fastTo = Math.min(cycleTo, inForceTo);
          }
        }
        long quantity = rounded(usage.unscaledQuantity(i), quantityScale, scale, step);
        long remaining = quantity;
        if (drawing) {
          plan.size = 0;
          if (freeLeft > 0) {
            for (Ledger.Slot[] slots : freeSlots) {
              remaining = consume(slots, at, remaining, scale, plan);
            }
          }
        }
        long free = quantity - remaining;
        long cost = CompiledTariff.cost(rate, Math.addExact(counted, free), Math.addExact(counted, quantity));
        long charge = chargeFactor > 0 ? Math.multiplyExact(cost, chargeFactor)
            : Scaled.rescaleHalfUp(cost, costScale, money.scale());
        long due = creditLeft > 0 ? consume(credit, at, charge, money.scale(), plan) : charge;
        // every sum that could overflow, before anything is applied or opened: a refused event leaves
        // nothing behind
        long countedAfter = Math.addExact(counted, quantity);
        long quantityAfter = Math.addExact(ratedQuantity, quantity);
        long chargeAfter = Math.addExact(ratedCharge, charge);
        long duePending = pending;
        if (due > 0) {
          if (prepaid) {
            throw BatchRater.insufficient(run.id(i), money, charge, due);
          }
          duePending = Math.addExact(pending, due);
          if (charges == null) {
            charges = ledger.chargeSlot(money, cycle, now, store.balances()::nextId);
            run.chargeOn(charges);
          }
          Math.addExact(charges.amount, duePending); // what it will hold must fit; a new one holds zero
        }
        int planned = drawing ? plan.size : 0;
        pending = duePending;
        for (int p = 0; p < planned; p++) {
          Ledger.Slot slot = plan.slots[p];
          if (ledger.apply(slot, plan.deltas[p])) { // cannot overflow: a draw moves an amount towards zero
            domainEvents.add(new BalanceEvent.Exhausted(ledger.groupId(), slot.id, slot.resource, now));
            if (slot.resource.equals(money.code())) {
              creditLeft--;
              // an exhausted balance valid for exactly the cycle is where rateAll accumulates next
              // (Ledger.chargeSlot), so the charge balance is looked up again
              if (pending > 0) {
                ledger.apply(charges, pending);
                pending = 0;
              }
              charges = null;
            } else {
              freeLeft--;
            }
            drawing = freeLeft > 0 || creditLeft > 0;
          }
        }
        counted = countedAfter;
        counting = true;
        ratedQuantity = quantityAfter;
        ratedCharge = chargeAfter;
        run.add(charge, plan.slots, plan.deltas, planned);
      } catch (ConflictException | InsufficientBalanceException e) {
        outcome.refusal = e;
        break;
      } catch (ArithmeticException e) {
        outcome.refusal = ValidationException.of("quantities[" + i + "]", "too large to rate: " + usage.quantity(i));
        break;
      }
    }
    if (counting) {
      ledger.count(context.counterKey, cycle.start(), counted, scale);
    }
    if (pending > 0) {
      ledger.apply(charges, pending);
    }
    outcome.ratedQuantity = ratedQuantity;
    outcome.charge = ratedCharge;
    return run;
  }

  /** Returns how many of the balances hold something to draw. */
  private static int available(Ledger.Slot[] slots) {
    int count = 0;
    for (Ledger.Slot slot : slots) {
      if (slot.amount < 0) {
        count++;
      }
    }
    return count;
  }

  /** The quantity at the tariff's scale, rounded up to its step, as {@link CompiledTariff#round}. */
  static long rounded(long unscaled, int quantityScale, int scale, long step) {
    long units = quantityScale <= scale
        ? Math.multiplyExact(unscaled, Scaled.pow10(scale - quantityScale))
        : Scaled.ceilingDividePow10(unscaled, quantityScale - scale);
    if (step == 1) {
      return units; // the usual step, one unit of the tariff's scale: no division
    }
    long steps = units / step + (units % step == 0 ? 0 : 1);
    return Math.multiplyExact(steps, step);
  }

  /**
   * Plans to draw up to {@code wanted} (at {@code scale}) from the available balances valid at the instant,
   * in their order; returns what is left. As {@code BatchRater.consume}: a balance of a coarser scale gives
   * whole units of its scale only.
   */
  private static long consume(Ledger.Slot[] slots, long at, long wanted, int scale, Plan plan) {
    long remaining = wanted;
    for (Ledger.Slot slot : slots) {
      if (remaining == 0) {
        break;
      }
      long take = slot.isValidAtMillis(at) ? slot.drawable(remaining, scale) : 0;
      if (take > 0) {
        plan.add(slot, Scaled.rescaleDown(take, scale, slot.scale));
        remaining -= take;
      }
    }
    return remaining;
  }

  /** The general path: each event as the {@link UsageEvent} it stands for. */
  private List<RatedEvent> general(UsageColumns usage, String stream, int duplicates, ServiceContext context,
      Outcome outcome, List<DomainEvent> domainEvents) {
    List<RatedEvent> rated = new ArrayList<>();
    for (int i = duplicates; i < usage.size(); i++) {
      UsageEvent event = new UsageEvent(RatedStreamRun.id(stream, usage.sequence(i)), usage.serviceIdentifier(),
          usage.serviceType(),
          Instant.ofEpochMilli(usage.startTimeMillis(i)), usage.quantity(i), usage.fields(), null);
      try {
        RatedEvent priced = general.price(event, false, domainEvents);
        rated.add(priced);
        try {
          outcome.ratedQuantity = Math.addExact(outcome.ratedQuantity,
              Scaled.exact(priced.ratedQuantity(), context.tariff.scale));
          outcome.charge = Math.addExact(outcome.charge,
              Scaled.exact(priced.charge().getNumber().numberValue(BigDecimal.class), context.money.scale()));
        } catch (ArithmeticException e) {
          // the event is applied already: the whole run is refused and rolled back
          throw ValidationException.of("quantities", "the run's total is too large to rate; send smaller runs");
        }
      } catch (ConflictException e) {
        if (e.reason() == ConflictException.Reason.CONCURRENT_UPDATE) {
          throw e; // the store's: the whole attempt is retried
        }
        outcome.refusal = e;
        break;
      } catch (InsufficientBalanceException | ValidationException e) {
        outcome.refusal = e;
        break;
      }
    }
    return rated;
  }

  /** The balance changes of the event being priced, applied once it is accepted. */
  private static final class Plan {
    Ledger.Slot[] slots = new Ledger.Slot[4];
    long[] deltas = new long[4];
    int size;

    void add(Ledger.Slot slot, long delta) {
      if (size == slots.length) {
        slots = Arrays.copyOf(slots, size * 2);
        deltas = Arrays.copyOf(deltas, size * 2);
      }
      slots[size] = slot;
      deltas[size] = delta;
      size++;
    }
  }
}
