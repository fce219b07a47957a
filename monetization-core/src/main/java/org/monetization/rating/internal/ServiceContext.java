package org.monetization.rating.internal;

import java.math.BigDecimal;
import java.time.Instant;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.monetization.billing.BillingCycle;
import org.monetization.billing.BillingProfile;
import org.monetization.config.Resource;
import org.monetization.config.ServiceType;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerStatus;
import org.monetization.error.ConflictException;
import org.monetization.rating.InactiveServiceMode;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.ServiceStatus;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionStatus;

/**
 * Everything rating needs to know about one service and service type, resolved once per batch: the
 * subscription line, its tariff, the balance group's billing profile and money resource. Not thread-safe
 * (it remembers the last billing cycle it computed).
 */
final class ServiceContext {
  private static final int AMOUNTS = 128;
  final ProvisionedService service;
  final Subscription subscription;
  final SubscribedProduct line;
  final ServiceType serviceType;
  final CompiledTariff tariff;
  final BillingProfile profile;
  final Customer customer;
  final Resource money;
  final String counterKey;
  /** The owner balances the subscription may draw on as a sharing member; null when it is none. */
  final @Nullable SharedSource share;
  private BillingCycle lastCycle;
  // charges seen lately, direct-mapped by value (no boxed key nor map node per event); allocated when
  // the first event is priced, since a batch of many lines builds many contexts of one or two events
  private long @Nullable [] amountKeys;
  private MonetaryAmount @Nullable [] amounts;
  /** The ledger of the subscription's group in the current batch, once loaded. */
  @Nullable Ledger ledger;

  ServiceContext(ProvisionedService service, Subscription subscription, SubscribedProduct line,
      ServiceType serviceType, CompiledTariff tariff, BillingProfile profile, Customer customer, Resource money,
      @Nullable SharedSource share) {
    this.service = service;
    this.subscription = subscription;
    this.line = line;
    this.serviceType = serviceType;
    this.tariff = tariff;
    this.profile = profile;
    this.customer = customer;
    this.money = money;
    this.share = share;
    this.counterKey = service.identifier() + "/" + serviceType.code();
    this.lastCycle = profile.firstCycle();
  }

  /**
   * Returns the amount of a charge at the money resource's scale. Amounts repeat (a minute costs what a
   * minute costs) and are immutable, so the batch builds each only once.
   */
  MonetaryAmount money(long scaled) {
    long[] keys = amountKeys;
    MonetaryAmount[] values = amounts;
    if (keys == null || values == null) {
      keys = amountKeys = new long[AMOUNTS];
      values = amounts = new MonetaryAmount[AMOUNTS];
    }
    int slot = (int) ((scaled * 0x9E3779B97F4A7C15L) >>> 57); // the top 7 bits of a multiplicative hash
    MonetaryAmount cached = values[slot];
    if (cached == null || keys[slot] != scaled) {
      cached = Money.of(BigDecimal.valueOf(scaled, money.scale()), profile.currency());
      values[slot] = cached;
      keys[slot] = scaled;
    }
    return cached;
  }

  /** Returns the billing cycle containing the instant; consecutive events mostly share one. */
  BillingCycle cycleOf(Instant instant) {
    if (!lastCycle.contains(instant)) {
      lastCycle = profile.billedCycleOf(instant);
    }
    return lastCycle;
  }

  /**
   * Refuses an event at the instant unless the service is in force then (active, within its validity, of an
   * active subscription line) and the account open, or the mode rates such events anyway.
   */
  void checkInForce(Instant at, InactiveServiceMode mode) {
    boolean inForce = service.status() == ServiceStatus.ACTIVE
        && service.validity().contains(at)
        && subscription.status() == SubscriptionStatus.ACTIVE
        && line.isActive()
        && line.validity().contains(at);
    if (!inForce && mode == InactiveServiceMode.FORBIDDEN) {
      throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE,
          "service " + service.identifier() + " is not in force at " + at + " (" + service.status() + ")");
    }
    if (customer.status() == CustomerStatus.CLOSED && mode != InactiveServiceMode.RATE_INACTIVE_AND_CLOSED) {
      throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE,
          "customer " + customer.id() + " is closed");
    }
  }
}
