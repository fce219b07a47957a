package org.monetization.balance.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.Adjustment;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceAdjustment;
import org.monetization.balance.BalanceDirection;
import org.monetization.balance.BalanceEvent;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.Balances;
import org.monetization.balance.GroupBalances;
import org.monetization.balance.NewBalance;
import org.monetization.balance.BalanceTotal;
import org.monetization.billing.BillingCycle;
import org.monetization.billing.BillingProfile;
import org.monetization.config.Configuration;
import org.monetization.config.Resource;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerStatus;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldErrors;
import org.monetization.error.NotFoundException;
import org.monetization.internal.CommandRunner;
import org.monetization.internal.CreditWatch;
import org.monetization.internal.Taxation;
import org.monetization.spi.Store;
import org.monetization.spi.TaxProvider;
import org.monetization.spi.TaxRequest;
import org.monetization.time.Validity;

/** {@link Balances} over a {@link Store}. */
public final class BalanceService implements Balances {
  private final Store store;
  private final CommandRunner runner;
  private final Configuration configuration;
  private final Clock clock;
  private final @Nullable TaxProvider taxProvider;
  private final CreditWatch creditWatch;

  /**
   * Creates the service.
   *
   * @param store where balances live
   * @param runner runs commands in transactions and publishes their events
   * @param configuration the resources balances hold
   * @param clock the source of every timestamp
   * @param taxProvider the host's tax engine; null when adjustments cannot be taxed
   * @param creditWatch records the credit-profile thresholds a change crosses
   */
  public BalanceService(Store store, CommandRunner runner, Configuration configuration, Clock clock,
      @Nullable TaxProvider taxProvider, CreditWatch creditWatch) {
    this.store = requireNonNull(store);
    this.runner = requireNonNull(runner);
    this.configuration = requireNonNull(configuration);
    this.clock = requireNonNull(clock);
    this.taxProvider = taxProvider;
    this.creditWatch = requireNonNull(creditWatch);
  }

  @Override
  public Balance create(NewBalance request) {
    Instant now = clock.instant();
    FieldErrors errors = new FieldErrors();
    Optional<Resource> resource = configuration.resource(request.resource());
    errors.check(resource.isPresent(), "resource", "unknown resource '" + request.resource() + "'");
    if (errors.check(request.amount().signum() > 0, "amount", "must be positive")) {
      resource.ifPresent(r -> errors.check(r.fits(request.amount()), "amount", "at most " + r.scale() + " decimals"));
    }
    BalanceValidity validity = request.validity();
    if (validity.kind() == BalanceValidity.Kind.UNTIL) {
      errors.check(validity.until().isAfter(now), "validity.until", "must be in the future");
    }
    errors.throwIfAny();
    int scale = resource.orElseThrow().scale();
    return runner.run(events -> {
      BalanceGroup group = openGroup(request.groupId());
      Validity valid = switch (validity.kind()) {
        case CURRENT_CYCLE -> {
          BillingCycle cycle = profileOf(group).billedCycleOf(now);
          yield Validity.between(cycle.start(), cycle.end());
        }
        case UNTIL -> Validity.between(now, validity.until());
        case INFINITE -> Validity.from(now);
      };
      BigDecimal magnitude = request.amount().setScale(scale);
      BigDecimal amount = request.direction() == BalanceDirection.CREDIT ? magnitude.negate() : magnitude;
      Balance balance = new Balance(store.balances().nextId(), request.resource(), amount, valid, now);
      GroupBalances before = store.balances().load(group.id());
      GroupBalances after = before.with(balance);
      store.balances().save(after);
      creditWatch.check(before, after, now, events);
      events.add(new BalanceEvent.Created(group.id(), balance.id(), balance.resource(), amount, now));
      return balance;
    });
  }

  @Override
  public Adjustment adjust(BalanceAdjustment request) {
    FieldErrors input = new FieldErrors();
    input.check(request.amount().signum() != 0, "amount", "must not be zero");
    input.requireText("billItem", request.billItem());
    return runner.run(events -> {
      Instant now = clock.instant();
      BalanceGroup group = openGroup(request.groupId());
      GroupBalances balances = store.balances().load(group.id());
      Balance balance = balances.balance(request.balanceId()).orElseThrow(() -> new NotFoundException(
          "balance group " + group.id() + " has no balance " + request.balanceId()));
      Resource resource = configuration.resource(balance.resource()).orElseThrow();
      FieldErrors errors = new FieldErrors();
      input.errors().forEach(e -> errors.add(e.field(), e.message()));
      errors.check(resource.fits(request.amount()), "amount", "at most " + resource.scale() + " decimals");
      if (request.withTax()) {
        errors.check(resource.isMonetary(), "withTax", "only monetary balances are taxed");
        errors.check(taxProvider != null, "withTax", "no tax provider is configured");
      }
      errors.throwIfAny();
      BigDecimal amount = request.amount().setScale(resource.scale());
      Taxation tax = Taxation.NONE;
      if (request.withTax()) {
        BillingProfile profile = profileOf(group);
        tax = Taxation.of(requireNonNull(taxProvider), new TaxRequest(group.customerId(), profile.id(),
            Money.of(amount, requireNonNull(resource.currency())), request.billItem(), now), resource.scale());
      }
      Balance changed = balance.withAmount(balance.amount().add(amount).add(tax.amount()));
      GroupBalances after = balances.with(changed);
      store.balances().save(after);
      creditWatch.check(balances, after, now, events);
      Adjustment adjustment = new Adjustment(store.adjustments().nextId(), group.id(), balance.id(),
          balance.resource(), amount, tax.amount(), tax.provider(), tax.ledger(), request.billItem(), null, now);
      store.adjustments().insert(adjustment);
      events.add(new BalanceEvent.Adjusted(group.id(), adjustment, now));
      if (balance.isAvailable() && !changed.isAvailable()) {
        events.add(new BalanceEvent.Exhausted(group.id(), balance.id(), balance.resource(), now));
      }
      return adjustment;
    });
  }

  @Override
  public List<Balance> balances(BalanceGroupId groupId) {
    return store.balances().load(group(groupId).id()).balances();
  }

  @Override
  public List<Balance> balances(BalanceGroupId groupId, String resource) {
    return balances(groupId).stream().filter(b -> b.resource().equals(resource)).toList();
  }

  @Override
  public List<BalanceTotal> totals(BalanceGroupId groupId) {
    return store.balances().load(group(groupId).id()).totals(clock.instant());
  }

  @Override
  public List<Adjustment> adjustments(BalanceGroupId groupId) {
    return store.adjustments().ofGroup(group(groupId).id());
  }

  private BalanceGroup group(BalanceGroupId id) {
    return store.balanceGroups().find(requireNonNull(id, "groupId"))
        .orElseThrow(() -> new NotFoundException("balance group " + id + " does not exist"));
  }

  /** The group, provided its customer is not closed: a closed account takes no new balance or adjustment. */
  private BalanceGroup openGroup(BalanceGroupId id) {
    BalanceGroup group = group(id);
    Customer customer = store.customers().find(group.customerId()).orElseThrow();
    if (customer.status() == CustomerStatus.CLOSED) {
      throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE, "customer " + customer.id() + " is closed");
    }
    return group;
  }

  private BillingProfile profileOf(BalanceGroup group) {
    return store.billingProfiles().find(group.billingProfileId()).orElseThrow();
  }
}
