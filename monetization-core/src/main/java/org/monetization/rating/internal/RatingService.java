package org.monetization.rating.internal;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.Adjustment;
import org.monetization.balance.BalanceEvent;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.GroupBalances;
import org.monetization.billing.BillingProfile;
import org.monetization.config.Configuration;
import org.monetization.config.Resource;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldErrors;
import org.monetization.error.NotFoundException;
import org.monetization.internal.CommandRunner;
import org.monetization.internal.CreditWatch;
import org.monetization.internal.Taxation;
import org.monetization.rating.ColumnsResult;
import org.monetization.rating.EventAdjustment;
import org.monetization.rating.InactiveServiceMode;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.Rating;
import org.monetization.rating.RatingEvent;
import org.monetization.rating.RatingResult;
import org.monetization.rating.RatingStatus;
import org.monetization.rating.UsageColumns;
import org.monetization.rating.UsageEvent;
import org.monetization.rating.UsageQuery;
import org.monetization.spi.Store;
import org.monetization.spi.TaxProvider;
import org.monetization.spi.TaxRequest;

/** {@link Rating} over a {@link Store}: each batch is one command, rated by a {@link BatchRater}. */
public final class RatingService implements Rating {
  private final Store store;
  private final CommandRunner runner;
  private final Configuration configuration;
  private final Clock clock;
  private final InactiveServiceMode mode;
  private final @Nullable TaxProvider taxProvider;
  private final CreditWatch creditWatch;
  private final Cache<ServiceContexts.TariffKey, CompiledTariff> tariffs =
      Caffeine.newBuilder().maximumSize(10_000).build();

  /**
   * Creates the service.
   *
   * @param store where services, balances and rated events live
   * @param runner runs each batch in a transaction, retried on a lost optimistic lock
   * @param configuration the resources balances hold
   * @param clock the source of every timestamp
   * @param mode what to do with events of services that are not in force
   * @param taxProvider the host's tax engine; null when adjustments cannot be taxed
   * @param creditWatch records the credit-profile thresholds a batch or an adjustment crosses
   */
  public RatingService(Store store, CommandRunner runner, Configuration configuration, Clock clock,
      InactiveServiceMode mode, @Nullable TaxProvider taxProvider, CreditWatch creditWatch) {
    this.store = requireNonNull(store);
    this.runner = requireNonNull(runner);
    this.configuration = requireNonNull(configuration);
    this.clock = requireNonNull(clock);
    this.mode = requireNonNull(mode);
    this.taxProvider = taxProvider;
    this.creditWatch = requireNonNull(creditWatch);
  }

  @Override
  public List<RatingResult> rateAll(List<UsageEvent> events) {
    List<UsageEvent> batch = List.copyOf(events);
    if (batch.isEmpty()) {
      return List.of();
    }
    return runner.run(domainEvents ->
        new BatchRater(store, new ServiceContexts(store, configuration, tariffs), mode, clock.instant(), batch.size(),
            creditWatch)
            .rate(batch, domainEvents));
  }

  @Override
  public ColumnsResult rateColumns(UsageColumns usage) {
    requireNonNull(usage, "usage");
    return runner.run(domainEvents -> {
      Instant now = clock.instant();
      ServiceContexts contexts = new ServiceContexts(store, configuration, tariffs);
      BatchRater general = new BatchRater(store, contexts, mode, now, 1, creditWatch);
      return new ColumnRater(store, contexts, mode, now, general).rate(usage, domainEvents);
    });
  }

  @Override
  public RatingResult rate(UsageEvent event) {
    RatingResult result = rateAll(List.of(event)).get(0);
    if (result.failure() != null) {
      throw result.failure();
    }
    return result;
  }

  @Override
  public RatedEvent create(UsageEvent event) {
    RatingResult result = rate(event);
    if (result.status() == RatingStatus.DUPLICATE) {
      throw new ConflictException(ConflictException.Reason.DUPLICATE, "usage event " + event.id() + " already exists");
    }
    return requireNonNull(result.event());
  }

  @Override
  public RatedEvent adjust(EventAdjustment request) {
    FieldErrors input = new FieldErrors();
    input.check(!request.amount().isZero(), "amount", "must not be zero");
    input.requireText("billItem", request.billItem());
    input.check(!request.withTax() || taxProvider != null, "withTax", "no tax provider is configured");
    return runner.run(events -> {
      Instant now = clock.instant();
      RatedEvent event = store.usageEvents().find(request.eventId())
          .orElseThrow(() -> new NotFoundException("no usage event has id '" + request.eventId() + "'"));
      Resource money = configuration.resource(event.amount().getCurrency().getCurrencyCode()).orElseThrow();
      BigDecimal change = request.amount().getNumber().numberValue(BigDecimal.class);
      FieldErrors errors = new FieldErrors();
      input.errors().forEach(e -> errors.add(e.field(), e.message()));
      if (errors.check(request.amount().getCurrency().equals(event.amount().getCurrency()), "amount",
          "must be in " + event.amount().getCurrency())) {
        errors.check(money.fits(change), "amount", "at most " + money.scale() + " decimals");
      }
      errors.throwIfAny();
      BalanceGroup group = store.balanceGroups().find(event.groupId()).orElseThrow();
      BillingProfile profile = store.billingProfiles().find(group.billingProfileId()).orElseThrow();
      Taxation tax = request.withTax()
          ? Taxation.of(requireNonNull(taxProvider), new TaxRequest(group.customerId(), profile.id(),
              request.amount(), request.billItem(), now), money.scale())
          : Taxation.NONE;
      GroupBalances before = store.balances().load(group.id());
      Ledger ledger = new Ledger(before, code -> configuration.resource(code).orElse(null));
      Ledger.Slot slot = ledger.chargeSlot(money, profile.billedCycleOf(now), now, store.balances()::nextId);
      long delta = Scaled.exact(change.add(tax.amount()), money.scale());
      boolean exhausted = ledger.apply(slot, delta);
      GroupBalances after = ledger.toAggregate();
      store.balances().save(after);
      creditWatch.check(before, after, now, events);
      Adjustment adjustment = new Adjustment(store.adjustments().nextId(), group.id(), slot.id, money.code(),
          change.setScale(money.scale()), tax.amount(), tax.provider(), tax.ledger(), request.billItem(), event.id(),
          now);
      store.adjustments().insert(adjustment);
      MonetaryAmount amount = event.amount().add(Money.of(change, event.amount().getCurrency()));
      RatedEvent adjusted = store.usageEvents().update(event.withAmount(amount));
      events.add(new BalanceEvent.Adjusted(group.id(), adjustment, now));
      if (exhausted) {
        events.add(new BalanceEvent.Exhausted(group.id(), slot.id, money.code(), now));
      }
      events.add(new RatingEvent.Adjusted(event.id(), amount, now));
      return adjusted;
    });
  }

  @Override
  public Optional<RatedEvent> find(String eventId) {
    return store.usageEvents().find(eventId);
  }

  @Override
  public List<RatedEvent> events(UsageQuery query) {
    return store.usageEvents().ofService(query.serviceIdentifier(), query.period().from(), query.period().to(),
        query.after(), query.limit());
  }

  @Override
  public long exportCsv(UsageQuery query, Writer out) {
    return new UsageExport(store.usageEvents(), UsageQuery.MAX_LIMIT).write(query, out);
  }
}
