package org.monetization.subscription.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroup;
import org.monetization.billing.BillingCycle;
import org.monetization.billing.BillingProfile;
import org.monetization.billing.Proration;
import org.monetization.catalog.Bundle;
import org.monetization.catalog.Plan;
import org.monetization.catalog.Product;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.ProductType;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.catalog.Voucher;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerId;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldErrors;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.event.DomainEvent;
import org.monetization.internal.CommandRunner;
import org.monetization.spi.Store;
import org.monetization.subscription.PackRequest;
import org.monetization.subscription.PendingCharge;
import org.monetization.subscription.PlanTransition;
import org.monetization.subscription.ProductChange;
import org.monetization.subscription.ProductStatus;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.ServiceStatus;
import org.monetization.subscription.SubscribeRequest;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionEvent;
import org.monetization.subscription.SubscriptionId;
import org.monetization.subscription.SubscriptionQuote;
import org.monetization.subscription.SubscriptionStatus;
import org.monetization.subscription.Subscriptions;
import org.monetization.time.Validity;

/** {@link Subscriptions} over a {@link Store}, priced from the latest published catalog. */
public final class SubscriptionService implements Subscriptions {
  private final Store store;
  private final CommandRunner runner;
  private final Clock clock;
  private final Provisioning provisioning;

  /**
   * Creates the service.
   *
   * @param store where subscriptions, services and redemptions live
   * @param runner runs commands in transactions and publishes their events
   * @param clock the source of every timestamp
   */
  public SubscriptionService(Store store, CommandRunner runner, Clock clock) {
    this.store = requireNonNull(store);
    this.runner = requireNonNull(runner);
    this.clock = requireNonNull(clock);
    this.provisioning = new Provisioning(store, clock);
  }

  // ---------------------------------------------------------------- subscribe

  @Override
  public SubscriptionQuote quote(SubscribeRequest request) {
    FieldErrors errors = new FieldErrors();
    Priced priced = price(request, errors);
    errors.throwIfAny();
    return requireNonNull(priced).quote();
  }

  /** A validated, priced subscription request. */
  private record Priced(SubscriptionQuote quote, Promotions promotions) {}

  private @Nullable Priced price(SubscribeRequest request, FieldErrors errors) {
    Instant start = request.startAt() == null ? clock.instant() : request.startAt();
    PublishedCatalog published = store.catalog().current().orElse(null);
    ProductCatalog catalog = published == null ? ProductCatalog.empty() : published.catalog();
    Plan plan = null;
    if (errors.requireText("planCode", request.planCode())) {
      plan = catalog.plan(request.planCode()).orElse(null);
      if (plan == null) {
        errors.add("planCode", "unknown plan '" + request.planCode() + "'");
      } else if (plan.validity() != null && !plan.validity().contains(start)) {
        errors.add("planCode", "plan " + plan.code() + " cannot be subscribed to at " + start);
      }
    }
    if (request.globalServiceIdentifier() != null) {
      Draft.checkIdentifier(request.globalServiceIdentifier(), "globalServiceIdentifier", errors);
    }
    Draft.checkChoices(request.products(), "products", errors);
    Promotions promotions =
        Promotions.resolve(request.promotionCodes(), catalog, start, "promotionCodes", errors,
            store.promotions()::redemptions, false);
    if (plan == null) {
      return null; // an error was recorded: the caller throws before using the result
    }
    Draft draft = new Draft(plan.currency(), start, 1, promotions.coupons(), errors, provisioning.taken(null));
    for (String code : plan.bundleCodes()) {
      draft.addBundle(catalog.bundle(code).orElseThrow(), false, request.products(), "products", Map.of(),
          request.globalServiceIdentifier());
    }
    for (Voucher voucher : promotions.vouchers()) {
      draft.addBundle(catalog.bundle(voucher.bundleCode()).orElseThrow(), true, request.products(), "products",
          Map.of(), request.globalServiceIdentifier());
    }
    draft.rejectUnusedChoices(request.products(), "products");
    List<ProvisionedService> services = new ArrayList<>();
    draft.services().forEach((identifier, products) -> services.add(new ProvisionedService(identifier,
        new SubscriptionId(1), new CustomerId(1), products, Validity.from(start), ServiceStatus.ACTIVE,
        List.of(), List.of(), 0)));
    MonetaryAmount recurring = Money.zero(plan.currency());
    for (SubscribedProduct line : draft.lines()) {
      if (line.type() == ProductType.RECURRING && line.fee() != null) {
        recurring = recurring.add(line.fee());
      }
    }
    SubscriptionQuote quote = new SubscriptionQuote(plan.code(), published.version(), start, draft.lines(),
        draft.oneTimeCharges(), services, recurring);
    return new Priced(quote, promotions);
  }

  @Override
  public Subscription subscribe(SubscribeRequest request) {
    return runner.run(
        events -> {
          FieldErrors errors = new FieldErrors();
          errors.require("customerId", request.customerId());
          errors.require("balanceGroupId", request.balanceGroupId());
          Priced priced = price(request, errors);
          errors.throwIfAny();
          Customer customer = provisioning.activeCustomer(requireNonNull(request.customerId()));
          BalanceGroup group = store.balanceGroups().find(requireNonNull(request.balanceGroupId()))
              .filter(g -> g.customerId().equals(customer.id()))
              .orElseThrow(() -> new NotFoundException(
                  "customer " + customer.id() + " has no balance group " + request.balanceGroupId()));
          SubscriptionQuote quote = requireNonNull(priced).quote();
          SubscriptionId id = store.subscriptions().nextId();
          Subscription subscription = store.subscriptions().insert(new Subscription(id, customer.id(), group.id(),
              quote.planCode(), quote.catalogVersion(), SubscriptionStatus.ACTIVE, quote.startAt(), null,
              quote.products(), priced.promotions().couponCodes(), quote.oneTimeCharges(), 0));
          for (ProvisionedService draft : quote.services()) {
            provisioning.provision(new ProvisionedService(draft.identifier(), id, customer.id(), draft.products(),
                draft.validity(), ServiceStatus.ACTIVE, List.of(), List.of(), 0), events);
          }
          redeem(priced.promotions(), id, quote.startAt());
          provisioning.count(customer.id(), 1, quote.services().size());
          events.add(new SubscriptionEvent.Subscribed(id, quote.planCode(), clock.instant()));
          return subscription;
        });
  }

  // ---------------------------------------------------------------- changes

  @Override
  public Subscription addPack(SubscriptionId id, PackRequest request) {
    return change(id, (subscription, catalog, errors, events) -> {
      Plan plan = catalog.plan(subscription.planCode()).orElse(null);
      Bundle pack = null;
      if (errors.requireText("packCode", request.packCode())) {
        pack = catalog.bundle(request.packCode()).orElse(null);
        if (pack == null) {
          errors.add("packCode", "unknown pack '" + request.packCode() + "'");
        } else if (plan == null || !plan.packCodes().contains(pack.code())) {
          errors.add("packCode", "pack " + pack.code() + " is not offered by plan " + subscription.planCode());
        }
      }
      Instant now = clock.instant();
      Draft.checkChoices(request.products(), "products", errors);
      Promotions promotions = Promotions.resolve(request.promotionCodes(), catalog, now, "promotionCodes", errors,
          store.promotions()::redemptions, false);
      errors.check(promotions.vouchers().isEmpty(), "promotionCodes", "redeem vouchers with redeemVouchers");
      if (pack == null || plan == null) {
        errors.throwIfAny();
      }
      Draft draft = new Draft(plan.currency(), now, subscription.nextLine(), promotions.coupons(), errors,
          provisioning.taken(subscription.id()));
      draft.addBundle(pack, true, request.products(), "products", provisioning.identifiersByType(subscription), null);
      draft.rejectUnusedChoices(request.products(), "products");
      errors.throwIfAny();
      Subscription changed = withLines(subscription, draft, promotions.couponCodes());
      provisioning.provisionNew(changed, draft, events, now);
      redeem(promotions, subscription.id(), now);
      events.add(new SubscriptionEvent.BundleAdded(id, pack.code(), now));
      return changed;
    });
  }

  @Override
  public Subscription redeemVouchers(SubscriptionId id, List<String> codes) {
    return change(id, (subscription, catalog, errors, events) -> {
      Instant now = clock.instant();
      errors.check(!codes.isEmpty(), "codes", "at least one voucher code is required");
      Promotions promotions = Promotions.resolve(codes, catalog, now, "codes", errors,
          store.promotions()::redemptions, true);
      errors.throwIfAny();
      CurrencyUnit currency = catalog.plan(subscription.planCode()).map(Plan::currency)
          .orElseThrow(() -> ValidationException.of("codes", "plan " + subscription.planCode() + " left the catalog"));
      Draft draft = new Draft(currency, now, subscription.nextLine(), List.of(), errors, provisioning.taken(subscription.id()));
      for (Voucher voucher : promotions.vouchers()) {
        draft.addBundle(catalog.bundle(voucher.bundleCode()).orElseThrow(), true, List.of(), "codes",
            provisioning.identifiersByType(subscription), null);
        events.add(new SubscriptionEvent.BundleAdded(id, voucher.bundleCode(), now));
      }
      errors.throwIfAny();
      Subscription changed = withLines(subscription, draft, List.of());
      provisioning.provisionNew(changed, draft, events, now);
      redeem(promotions, subscription.id(), now);
      return changed;
    });
  }

  @Override
  public Subscription modifyProduct(SubscriptionId id, int line, ProductChange change) {
    return change(id, (subscription, catalog, errors, events) -> {
      SubscribedProduct current = activeLine(subscription, line);
      ProductCatalog priced = store.catalog().find(subscription.catalogVersion()).map(PublishedCatalog::catalog)
          .orElse(catalog);
      Bundle bundle = priced.bundle(current.bundleCode()).orElse(null);
      Product product = bundle == null ? null : bundle.product(current.productCode()).orElse(null);
      CurrencyUnit currency = current.unitPrice() != null ? current.unitPrice().getCurrency() : null;
      if (change.quantity() != null) {
        errors.check(change.quantity().signum() >= 0, "quantity", "must not be negative");
      }
      if (change.value() != null) {
        if (errors.check(current.unitPrice() != null, "value", "product line " + line + " has no price")) {
          errors.check(!change.value().isNegative(), "value", "must not be negative");
          errors.check(change.value().getCurrency().equals(currency), "value", "must be in " + currency);
        }
      }
      errors.throwIfAny();
      var quantity = change.quantity() == null ? current.quantity() : change.quantity();
      MonetaryAmount unitPrice = change.value() == null ? current.unitPrice() : change.value();
      MonetaryAmount fee = current.fee();
      if (unitPrice != null && bundle != null && product != null) {
        List<org.monetization.catalog.Coupon> coupons = subscription.couponCodes().stream()
            .map(code -> priced.coupon(code).or(() -> catalog.coupon(code))).flatMap(Optional::stream).toList();
        fee = new Draft(currency, clock.instant(), 1, coupons, errors, s -> false)
            .fee(unitPrice, quantity, bundle, product);
      }
      SubscribedProduct updated = new SubscribedProduct(current.line(), current.bundleCode(), current.productCode(),
          current.type(), current.pack(), quantity, unitPrice, fee,
          change.validity() == null ? current.validity() : change.validity(), current.status(),
          current.serviceIdentifier());
      events.add(new SubscriptionEvent.ProductChanged(id, line, clock.instant()));
      return subscription.with(replace(subscription.products(), updated), subscription.couponCodes(),
          subscription.pendingCharges());
    });
  }

  @Override
  public Subscription cancelProduct(SubscriptionId id, int line) {
    return change(id, (subscription, catalog, errors, events) -> {
      SubscribedProduct current = activeLine(subscription, line);
      Instant now = clock.instant();
      SubscribedProduct cancelled = current.with(ProductStatus.CANCELLED, Provisioning.endAt(current.validity(), now));
      if (current.serviceIdentifier() != null) {
        provisioning.detach(current, now, events);
      }
      events.add(new SubscriptionEvent.ProductChanged(id, line, now));
      return subscription.with(replace(subscription.products(), cancelled), subscription.couponCodes(),
          subscription.pendingCharges());
    });
  }

  @Override
  public PlanTransition changePlan(SubscriptionId id, String planCode, Instant effectiveAt) {
    List<PendingCharge> proration = new ArrayList<>();
    Subscription changed = change(id, (subscription, catalog, errors, events) -> {
      proration.clear(); // the command may be retried
      Plan plan = null;
      if (errors.requireText("planCode", planCode)) {
        plan = catalog.plan(planCode).orElse(null);
        if (plan == null) {
          errors.add("planCode", "unknown plan '" + planCode + "'");
        } else if (plan.code().equals(subscription.planCode())) {
          errors.add("planCode", "the subscription is already on plan " + planCode);
        }
      }
      errors.require("effectiveAt", effectiveAt);
      errors.throwIfAny();
      BillingProfile profile = profileOf(subscription);
      if (!plan.currency().equals(profile.currency())) {
        errors.add("planCode", "plan " + planCode + " is priced in " + plan.currency() + ", the billing profile in "
            + profile.currency());
      }
      BillingCycle cycle = profile.cycleOf(clock.instant());
      Instant earliest = cycle.start().isBefore(subscription.startedAt()) ? subscription.startedAt() : cycle.start();
      errors.check(!effectiveAt.isBefore(earliest) && effectiveAt.isBefore(cycle.end()), "effectiveAt",
          "must fall in the current billing cycle [" + earliest + ", " + cycle.end() + ")");
      errors.throwIfAny();
      ZoneId zone = profile.calendar().zone();
      List<SubscribedProduct> lines = new ArrayList<>();
      for (SubscribedProduct line : subscription.products()) {
        if (line.isActive() && !line.pack()) {
          lines.add(line.with(ProductStatus.CANCELLED, Provisioning.endAt(line.validity(), effectiveAt)));
          credit(line, cycle, effectiveAt, zone, proration);
        } else {
          lines.add(line);
        }
      }
      List<org.monetization.catalog.Coupon> coupons = subscription.couponCodes().stream()
          .map(catalog::coupon).flatMap(Optional::stream).toList();
      Draft draft = new Draft(plan.currency(), effectiveAt, subscription.nextLine(), coupons, errors,
          provisioning.taken(subscription.id()));
      for (String code : plan.bundleCodes()) {
        draft.addBundle(catalog.bundle(code).orElseThrow(), false, List.of(), "planCode",
            provisioning.identifiersByType(subscription), null);
      }
      errors.throwIfAny();
      for (SubscribedProduct line : draft.lines()) {
        lines.add(line);
        if (line.type() == ProductType.RECURRING && line.fee() != null) {
          proration.add(new PendingCharge(line.productCode() + " (prorated from " + effectiveAt + ")",
              Proration.of(line.fee(), cycle, effectiveAt, cycle.end(), zone), effectiveAt));
        }
      }
      proration.addAll(draft.oneTimeCharges());
      List<PendingCharge> charges = new ArrayList<>(subscription.pendingCharges());
      charges.addAll(proration);
      Subscription moved = subscription.onPlan(plan.code(), store.catalog().current().orElseThrow().version())
          .with(lines, subscription.couponCodes(), charges);
      provisioning.rebindServices(moved, draft, effectiveAt, events);
      events.add(new SubscriptionEvent.PlanChanged(id, subscription.planCode(), plan.code(), effectiveAt));
      return moved;
    });
    return new PlanTransition(changed, proration);
  }

  private static void credit(SubscribedProduct line, BillingCycle cycle, Instant at, ZoneId zone,
      List<PendingCharge> proration) {
    if (line.type() == ProductType.RECURRING && line.fee() != null && !at.isBefore(cycle.start())) {
      proration.add(new PendingCharge(line.productCode() + " (unused until " + cycle.end() + ")",
          Proration.of(line.fee(), cycle, at, cycle.end(), zone).negate(), at));
    }
  }

  @Override
  public Subscription cancel(SubscriptionId id) {
    return change(id, (subscription, catalog, errors, events) -> {
      Instant now = clock.instant();
      List<SubscribedProduct> lines = subscription.products().stream()
          .map(l -> l.isActive() ? l.with(ProductStatus.CANCELLED, Provisioning.endAt(l.validity(), now)) : l).toList();
      int ended = 0;
      for (ProvisionedService service : store.services().ofSubscription(id)) {
        if (service.status() != ServiceStatus.CANCELLED && provisioning.rebind(service, Map.of(), now, events)) {
          ended++;
        }
      }
      provisioning.count(subscription.customerId(), -1, -ended);
      events.add(new SubscriptionEvent.Cancelled(id, now));
      return subscription.cancelled(now, lines);
    });
  }

  // ---------------------------------------------------------------- queries

  @Override
  public Optional<Subscription> find(SubscriptionId id) {
    return store.subscriptions().find(id);
  }

  @Override
  public Subscription get(SubscriptionId id) {
    return find(id).orElseThrow(() -> new NotFoundException("subscription " + id + " does not exist"));
  }

  @Override
  public List<Subscription> ofCustomer(CustomerId customerId) {
    return store.subscriptions().ofCustomer(customerId);
  }

  // ---------------------------------------------------------------- mechanics

  /** A change to an active subscription of an active account, given the current catalog. */
  @FunctionalInterface
  private interface Change {
    Subscription apply(Subscription current, ProductCatalog catalog, FieldErrors errors, List<DomainEvent> events);
  }

  private Subscription change(SubscriptionId id, Change change) {
    requireNonNull(id, "id");
    return runner.run(events -> {
      Subscription current = get(id);
      provisioning.activeCustomer(current.customerId());
      if (current.status() == SubscriptionStatus.CANCELLED) {
        throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE, "subscription " + id + " is cancelled");
      }
      ProductCatalog catalog = store.catalog().current().map(PublishedCatalog::catalog).orElse(ProductCatalog.empty());
      FieldErrors errors = new FieldErrors();
      Subscription changed = change.apply(current, catalog, errors, events);
      errors.throwIfAny();
      return store.subscriptions().update(changed);
    });
  }

  private static SubscribedProduct activeLine(Subscription subscription, int line) {
    SubscribedProduct current = subscription.line(line).orElseThrow(() ->
        new NotFoundException("subscription " + subscription.id() + " has no product line " + line));
    if (!current.isActive()) {
      throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE, "product line " + line + " is cancelled");
    }
    return current;
  }

  private BillingProfile profileOf(Subscription subscription) {
    BalanceGroup group = store.balanceGroups().find(subscription.balanceGroupId()).orElseThrow();
    return store.billingProfiles().find(group.billingProfileId()).orElseThrow();
  }

  private static Subscription withLines(Subscription subscription, Draft draft, List<String> newCoupons) {
    List<SubscribedProduct> lines = new ArrayList<>(subscription.products());
    lines.addAll(draft.lines());
    List<String> coupons = new ArrayList<>(subscription.couponCodes());
    coupons.addAll(newCoupons);
    List<PendingCharge> charges = new ArrayList<>(subscription.pendingCharges());
    charges.addAll(draft.oneTimeCharges());
    return subscription.with(lines, coupons, charges);
  }

  private void redeem(Promotions promotions, SubscriptionId id, Instant at) {
    for (String code : promotions.allCodes()) {
      store.promotions().redeem(code, store.promotions().redemptions(code) + 1, id, at);
    }
  }

  private static List<SubscribedProduct> replace(List<SubscribedProduct> lines, SubscribedProduct updated) {
    return lines.stream().map(l -> l.line() == updated.line() ? updated : l).toList();
  }
}
