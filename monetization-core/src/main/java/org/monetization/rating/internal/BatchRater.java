package org.monetization.rating.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceEvent;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.GroupBalances;
import org.monetization.billing.BillingCycle;
import org.monetization.config.PaymentType;
import org.monetization.config.Resource;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldErrors;
import org.monetization.error.InsufficientBalanceException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.event.DomainEvent;
import org.monetization.internal.CreditWatch;
import org.monetization.rating.BalanceImpact;
import org.monetization.rating.InactiveServiceMode;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.RatingEvent;
import org.monetization.rating.RatingResult;
import org.monetization.rating.UsageEvent;
import org.monetization.sharing.SharingPriority;
import org.monetization.spi.Store;

/**
 * Rates one batch inside one transaction attempt: looks the batch's ids up once, loads each touched balance
 * group once into a {@link Ledger}, prices and applies every event in memory on scaled {@code long}s, then
 * writes each changed group and all rated events. An event is priced completely (free units, money, the
 * prepaid check) before anything is applied, so a refused event leaves the ledgers as they were. Not
 * thread-safe: one per attempt.
 */
final class BatchRater {
  private final Store store;
  private final ServiceContexts contexts;
  private final InactiveServiceMode mode;
  private final Instant now;
  private final CreditWatch creditWatch;
  private final Map<BalanceGroupId, Ledger> ledgers = new HashMap<>();
  private final Map<String, RatedEvent> ratedNow;
  private final List<RatedEvent> toStore;
  private final Plan plan = new Plan();
  /** Each session's total so far: its stored parts, then the parts rated in this batch. */
  private Map<String, BigDecimal> sessions = Map.of();

  BatchRater(Store store, ServiceContexts contexts, InactiveServiceMode mode, Instant now, int size,
      CreditWatch creditWatch) {
    this.ratedNow = new HashMap<>(size * 2);
    this.toStore = new ArrayList<>(size);
    this.store = store;
    this.contexts = contexts;
    this.mode = mode;
    this.now = now;
    this.creditWatch = creditWatch;
  }

  /** Rates the events in order, writes what they changed, and records the domain events. */
  List<RatingResult> rate(List<UsageEvent> events, List<DomainEvent> domainEvents) {
    List<String> ids = new ArrayList<>(events.size());
    List<String> sessionIds = new ArrayList<>();
    for (UsageEvent event : events) {
      ids.add(event.id());
      if (event.sessionId() != null) {
        sessionIds.add(event.sessionId());
      }
    }
    Set<String> stored = store.usageEvents().existing(ids);
    if (!sessionIds.isEmpty()) {
      sessions = new HashMap<>(store.usageEvents().sessionQuantities(sessionIds));
    }
    List<RatingResult> results = new ArrayList<>(events.size());
    for (UsageEvent event : events) {
      results.add(rateOne(event, stored, domainEvents));
    }
    write(toStore, domainEvents);
    return results;
  }

  /**
   * Writes what the batch changed, its last step: each changed group's balances, checked against its credit
   * profile once per group and batch rather than per event, then the rated events.
   */
  void write(List<RatedEvent> rated, List<DomainEvent> domainEvents) {
    for (Ledger ledger : ledgers.values()) {
      if (ledger.changed()) {
        GroupBalances after = ledger.toAggregate();
        store.balances().save(after);
        creditWatch.check(ledger.original(), after, now, domainEvents);
      }
    }
    if (!rated.isEmpty()) {
      store.usageEvents().insertAll(rated);
    }
  }

  private RatingResult rateOne(UsageEvent event, Set<String> stored, List<DomainEvent> domainEvents) {
    RatedEvent earlier = ratedNow.get(event.id());
    if (earlier != null) {
      return RatingResult.duplicate(earlier);
    }
    if (stored.contains(event.id())) {
      return RatingResult.duplicate(store.usageEvents().find(event.id()).orElseThrow());
    }
    try {
      RatedEvent rated = price(event, true, domainEvents);
      ratedNow.put(rated.id(), rated);
      toStore.add(rated);
      domainEvents.add(new RatingEvent.Rated(rated.id(), rated.serviceIdentifier(), rated.groupId(), rated.charge(), now));
      return RatingResult.rated(rated);
    } catch (ConflictException e) {
      if (e.reason() == ConflictException.Reason.CONCURRENT_UPDATE) {
        throw e; // the store's: the whole attempt is retried
      }
      return RatingResult.rejected(event.id(), e);
    } catch (ValidationException | NotFoundException | InsufficientBalanceException e) {
      return RatingResult.rejected(event.id(), e);
    }
  }

  /**
   * Returns whether the event's id has the form of its service's stream events' ids: stored one by one, it
   * would take a sequence of a stream and block the run that later rates it.
   */
  private static boolean isStreamId(UsageEvent event) {
    String id = event.id();
    String service = event.serviceIdentifier();
    String type = event.serviceType();
    int typeAt = service.length() + 1;
    int streamAt = typeAt + type.length() + 1; // no string built: this runs for every event
    return id.length() > streamAt && id.startsWith(service) && id.charAt(service.length()) == '/'
        && id.startsWith(type, typeAt) && id.charAt(streamAt - 1) == '/' && id.lastIndexOf('#') > streamAt;
  }

  /**
   * Checks, prices and applies one event to the ledgers; throws, with the ledgers unchanged, if it is
   * refused.
   *
   * @param ownId whether the event's id is the reporter's, which may not take the form of a stream's ids;
   *     false for an event of a run of columns, whose id is its stream's
   */
  RatedEvent price(UsageEvent event, boolean ownId, List<DomainEvent> domainEvents) {
    FieldErrors errors = new FieldErrors();
    if (errors.requireText("id", event.id()) && ownId) {
      errors.check(!isStreamId(event), "id", "takes the form of the ids of the service's streams "
          + "(<service>/<type>/<stream>#<sequence>), which rateColumns assigns");
    }
    boolean named = errors.requireText("serviceIdentifier", event.serviceIdentifier())
        & errors.requireText("serviceType", event.serviceType());
    errors.check(event.quantity().signum() >= 0, "quantity", "must not be negative");
    errors.check(event.quantity().scale() <= UsageEvent.MAX_QUANTITY_SCALE, "quantity",
        "at most " + UsageEvent.MAX_QUANTITY_SCALE + " decimals");
    checkLength(errors, "id", event.id(), UsageEvent.MAX_TEXT_LENGTH);
    if (event.sessionId() != null && errors.requireText("sessionId", event.sessionId())) {
      checkLength(errors, "sessionId", event.sessionId(), UsageEvent.MAX_TEXT_LENGTH);
    }
    checkFieldLengths(errors, event.fields());
    Priced priced = resolve(event.serviceIdentifier(), event.serviceType(), named, event.fields(), errors);
    priced.context().checkInForce(event.startTime(), mode);
    try {
      return apply(event, priced.context(), priced.rate(), domainEvents);
    } catch (ArithmeticException e) {
      throw ValidationException.of("quantity", "too large to rate: " + event.quantity());
    }
  }

  /** A service's context and the rate its fields select. */
  record Priced(ServiceContext context, CompiledTariff.CompiledRate rate) {}

  /**
   * Resolves the service and selects the rate of the fields, after the input checks recorded in
   * {@code errors}; throws naming every bad field, or that nothing has the identifier.
   *
   * @param named whether the identifier and type passed their checks
   */
  Priced resolve(String serviceIdentifier, String serviceType, boolean named, Map<String, String> fields,
      FieldErrors errors) {
    ServiceContext context;
    try {
      if (!named) {
        throw new ValidationException(errors.errors());
      }
      context = contexts.resolve(serviceIdentifier, serviceType);
    } catch (NotFoundException e) {
      errors.throwIfAny(); // bad input is reported before what it failed to find
      throw e;
    }
    context.serviceType.validate(fields, "fields", errors);
    CompiledTariff.CompiledRate rate = context.tariff.rateFor(fields).orElse(null);
    if (rate == null && !errors.hasErrors()) {
      errors.add("fields", "no rate of the tariff matches the rating fields " + fields);
    }
    errors.throwIfAny();
    if (!rate.currency().equals(context.profile.currency())) {
      throw ValidationException.of("serviceType", "the tariff is priced in " + rate.currency()
          + " but the account is billed in " + context.profile.currency());
    }
    return new Priced(context, rate);
  }

  /** Checks the length of every field name and value. */
  static void checkFieldLengths(FieldErrors errors, Map<String, String> fields) {
    fields.forEach((name, value) -> {
      checkLength(errors, "fields", name, UsageEvent.MAX_TEXT_LENGTH);
      checkLength(errors, "fields." + abbreviated(name), value, UsageEvent.MAX_FIELD_VALUE_LENGTH);
    });
  }

  static void checkLength(FieldErrors errors, String field, String value, int max) {
    if (value.length() > max) {
      errors.add(field, "at most " + max + " characters");
    }
  }

  /** A field name short enough to name in an error message. */
  private static String abbreviated(String name) {
    return name.length() <= 40 ? name : name.substring(0, 40) + "...";
  }

  private RatedEvent apply(UsageEvent event, ServiceContext context, CompiledTariff.CompiledRate rate,
      List<DomainEvent> domainEvents) {
    CompiledTariff tariff = context.tariff;
    int scale = tariff.scale;
    Instant at = event.startTime();
    String session = event.sessionId();
    BigDecimal sessionBefore = session == null ? BigDecimal.ZERO : sessions.getOrDefault(session, BigDecimal.ZERO);
    BigDecimal sessionAfter = sessionBefore.add(event.quantity());
    long quantity = session == null
        ? tariff.round(event.quantity())
        : Math.subtractExact(tariff.round(sessionAfter), tariff.round(sessionBefore)); // one rounding per session
    Ledger ledger = context.ledger;
    if (ledger == null) {
      ledger = ledgerOf(context.subscription.balanceGroupId());
      context.ledger = ledger;
    }
    BillingCycle cycle = context.cycleOf(at);
    long counted = ledger.counted(context.counterKey, cycle.start(), scale);

    plan.clear();
    long remaining = quantity;
    for (String code : tariff.tariff.freeUnitResources()) {
      Resource resource = contexts.resource(code);
      if (resource == null || resource.isMonetary()) {
        continue; // no balance can hold an undefined resource; money is consumed after pricing
      }
      remaining = draw(ledger, context.share, resource, at, remaining, scale);
    }
    long free = quantity - remaining;
    Resource money = context.money;
    long cost = CompiledTariff.cost(rate, Math.addExact(counted, free), Math.addExact(counted, quantity));
    long charge = Scaled.rescaleHalfUp(cost, scale + rate.priceScale(), money.scale());
    long due = draw(ledger, context.share, money, at, charge, money.scale());
    if (due > 0) {
      if (context.profile.paymentType() == PaymentType.PREPAID) {
        throw insufficient(event.id(), money, charge, due);
      }
      plan.add(ledger, ledger.chargeSlot(money, cycle, now, store.balances()::nextId), due);
    }

    List<BalanceImpact> impacts = new ArrayList<>(plan.size);
    for (int i = 0; i < plan.size; i++) {
      Ledger.Slot slot = plan.slots[i];
      if (plan.ledgers[i].apply(slot, plan.deltas[i])) {
        domainEvents.add(new BalanceEvent.Exhausted(plan.ledgers[i].groupId(), slot.id, slot.resource, now));
      }
      impacts.add(new BalanceImpact(slot.id, slot.resource, slot.decimal(plan.deltas[i])));
    }
    plan.applyDraws();
    ledger.count(context.counterKey, cycle.start(), Math.addExact(counted, quantity), scale);
    if (session != null) {
      sessions.put(session, sessionAfter);
    }
    MonetaryAmount amount = context.money(charge);
    return new RatedEvent(event.id(), event.serviceIdentifier(), event.serviceType(), session,
        context.subscription.id(), context.subscription.balanceGroupId(), at, now, event.quantity(), BigDecimal.valueOf(quantity, scale),
        event.fields(), impacts, amount, amount, 0);
  }

  /** The refusal of a prepaid charge of which the available credit leaves {@code due} uncovered. */
  static InsufficientBalanceException insufficient(String eventId, Resource money, long charge, long due) {
    return new InsufficientBalanceException("event " + eventId + " costs " + BigDecimal.valueOf(charge,
        money.scale()) + " " + money.code() + " but only " + BigDecimal.valueOf(charge - due, money.scale())
        + " is available");
  }

  /**
   * Plans to draw up to {@code wanted} (at {@code scale}) of the resource for usage at the instant: from the
   * group's own balances, and for a sharing member also from the owner's, in the policy's priority and
   * within the member's cap; returns what is left.
   */
  private long draw(Ledger own, @Nullable SharedSource share, Resource resource, Instant at, long wanted, int scale) {
    if (share == null || wanted == 0 || !share.shares(resource.code(), at)) {
      return consume(own, resource, at, wanted, scale);
    }
    if (share.policy.priority() == SharingPriority.SHARED_FIRST) {
      return consume(own, resource, at, drawShared(share, resource, at, wanted, scale), scale);
    }
    return drawShared(share, resource, at, consume(own, resource, at, wanted, scale), scale);
  }

  /**
   * Plans to draw up to {@code wanted} from the owner's balances, no more than the member's cap leaves in the
   * owner's cycle, and plans the count of what it draws; returns what is left.
   */
  private long drawShared(SharedSource share, Resource resource, Instant at, long wanted, int scale) {
    if (wanted == 0) {
      return 0;
    }
    Ledger owner = share.ledger;
    if (owner == null) {
      owner = ledgerOf(share.ownerGroupId);
      share.ledger = owner;
    }
    int unitScale = resource.scale(); // the owner's balances and the count are at the resource's scale
    String key = share.counterKey(resource.code());
    Instant cycleStart = share.cycleOf(at).start();
    long drawnBefore = owner.counted(key, cycleStart, unitScale);
    long limit = wanted;
    BigDecimal cap = share.policy.capsPerCycle().get(resource.code());
    if (cap != null) {
      long left = Math.max(0, Math.subtractExact(Scaled.exact(cap, unitScale), drawnBefore));
      limit = Math.min(wanted, Scaled.rescaleDown(left, unitScale, scale));
    }
    long drawn = limit - consume(owner, resource, at, limit, scale);
    if (drawn > 0) {
      // whole units of the resource's scale: consume takes only those from its balances
      plan.count(owner, key, cycleStart, Math.addExact(drawnBefore, Scaled.rescaleDown(drawn, scale, unitScale)),
          unitScale);
    }
    return wanted - drawn;
  }

  /** Returns the group's ledger for this batch, loading it the first time. */
  Ledger ledgerOf(BalanceGroupId groupId) {
    return ledgers.computeIfAbsent(groupId, id -> new Ledger(store.balances().load(id), contexts::resource));
  }

  /**
   * Plans to draw up to {@code wanted} (at {@code scale}) from the available balances of the resource valid
   * at the instant, in consumption order; returns what is left. A balance of a coarser scale gives whole
   * units of its scale only, so what it keeps stays exact.
   */
  private long consume(Ledger ledger, Resource resource, Instant at, long wanted, int scale) {
    long remaining = wanted;
    for (Ledger.Slot slot : ledger.inOrder(resource)) {
      if (remaining == 0) {
        break;
      }
      long take = slot.isValidAt(at) ? slot.drawable(remaining, scale) : 0;
      if (take > 0) {
        plan.add(ledger, slot, Scaled.rescaleDown(take, scale, slot.scale));
        remaining -= take;
      }
    }
    return remaining;
  }

  /**
   * The balance changes of the event being priced, and the sharing counts they raise, applied only once it
   * is accepted.
   */
  private static final class Plan {
    Ledger[] ledgers = new Ledger[8];
    Ledger.Slot[] slots = new Ledger.Slot[8];
    long[] deltas = new long[8];
    int size;
    private final List<Draw> draws = new ArrayList<>(2);

    /** A member's new count of what it drew from an owner's balances in a cycle. */
    private record Draw(Ledger owner, String key, Instant cycleStart, long total, int scale) {}

    void clear() {
      size = 0;
      draws.clear();
    }

    void add(Ledger ledger, Ledger.Slot slot, long delta) {
      if (size == slots.length) {
        ledgers = Arrays.copyOf(ledgers, size * 2);
        slots = Arrays.copyOf(slots, size * 2);
        deltas = Arrays.copyOf(deltas, size * 2);
      }
      ledgers[size] = ledger;
      slots[size] = slot;
      deltas[size] = delta;
      size++;
    }

    void count(Ledger owner, String key, Instant cycleStart, long total, int scale) {
      draws.add(new Draw(owner, key, cycleStart, total, scale));
    }

    void applyDraws() {
      for (Draw draw : draws) {
        draw.owner().count(draw.key(), draw.cycleStart(), draw.total(), draw.scale());
      }
    }
  }
}
