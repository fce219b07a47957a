package org.monetization.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.monetization.Monetization;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.NewBalance;
import org.monetization.config.BillingInterval;
import org.monetization.config.ConsumptionOrder;
import org.monetization.config.CustomerType;
import org.monetization.config.PaymentType;
import org.monetization.config.Resource;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.rating.InactiveServiceMode;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.UsageEvent;
import org.monetization.rating.UsageQuery;
import org.monetization.spi.TaxProvider;
import org.monetization.subscription.SubscriptionId;
import org.monetization.time.Validity;

/**
 * An SDK with the mobile catalog published, resources EUR (scale 4) and DATA_MB (scale 0) defined, and a
 * clock standing on 2026-03-10 09:00 UTC. Customers onboarded here bill monthly from the 1st, so the
 * current cycle is March 2026.
 */
public final class RatingTestBed {
  public static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
  public static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
  public static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");

  public final MutableClock clock = MutableClock.at(NOW);
  public final RecordingListener listener = new RecordingListener();
  public final Monetization sdk;

  /** A subscribed mobile line. */
  public record Line(OnboardingResult onboarded, String identifier) {
    public BalanceGroupId groupId() {
      return onboarded.balanceGroup().id();
    }

    public SubscriptionId subscriptionId() {
      return onboarded.subscription().id();
    }
  }

  public RatingTestBed() {
    this(InactiveServiceMode.FORBIDDEN, null);
  }

  public RatingTestBed(InactiveServiceMode mode, @Nullable TaxProvider tax) {
    this(mode, tax, ConsumptionOrder.EARLIEST_EXPIRY_FIRST);
  }

  /** A bed whose DATA_MB resource is consumed in the given order. */
  public RatingTestBed(ConsumptionOrder dataOrder) {
    this(InactiveServiceMode.FORBIDDEN, null, dataOrder);
  }

  /** A bed whose builder the caller completes, e.g. with notification channels or a store. */
  public RatingTestBed(Consumer<Monetization.Builder> setup) {
    this(InactiveServiceMode.FORBIDDEN, null, ConsumptionOrder.EARLIEST_EXPIRY_FIRST, setup);
  }

  private RatingTestBed(InactiveServiceMode mode, @Nullable TaxProvider tax, ConsumptionOrder dataOrder) {
    this(mode, tax, dataOrder, builder -> {});
  }

  private RatingTestBed(InactiveServiceMode mode, @Nullable TaxProvider tax, ConsumptionOrder dataOrder,
      Consumer<Monetization.Builder> setup) {
    Monetization.Builder builder =
        Monetization.builder().clock(clock).eventListener(listener).inactiveServiceMode(mode);
    setup.accept(builder);
    if (tax != null) {
      builder.taxProvider(tax);
    }
    sdk = builder.build();
    sdk.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    sdk.configuration().defineResource(Resource.monetary(CatalogFixtures.EUR, 4));
    sdk.configuration().defineResource(Resource.units("DATA_MB", "MB", 0).withConsumptionOrder(dataOrder));
    sdk.catalog().publish(CatalogFixtures.mobile());
  }

  /** Onboards a customer on MOBILE_S with one line carrying voice, data and SMS. */
  public Line onboard(String lastName, String identifier, PaymentType paymentType) {
    OnboardingRequest request = OnboardingRequest.builder()
        .account(CustomerFixtures.account("Lucie", lastName).build())
        .payment(CustomerFixtures.directDebit())
        .subscription(new SubscriptionSection(paymentType, CatalogFixtures.EUR, BillingInterval.MONTHLY, 1,
            "MOBILE_S", List.of(), identifier, List.of()))
        .build();
    Line line = new Line(sdk.onboarding().submit(request), identifier);
    listener.clear();
    return line;
  }

  /** Gives the group a credit of the resource for the current cycle. */
  public Balance credit(BalanceGroupId group, String resource, String amount) {
    Balance balance = sdk.balances().create(
        NewBalance.credit(group, resource, new BigDecimal(amount), BalanceValidity.currentCycle()));
    listener.clear();
    return balance;
  }

  /** Returns a data session of the given MB, starting now. */
  public static UsageEvent data(String id, String identifier, String megabytes) {
    return UsageEvent.builder(id, identifier, "DATA")
        .startTime(NOW)
        .quantity(new BigDecimal(megabytes))
        .field("startTime", NOW.toString())
        .field("zone", "EU")
        .build();
  }

  /** Returns a call of the given seconds, starting now, in a zone and period. */
  public static UsageEvent voice(String id, String identifier, String seconds, String zone, String period) {
    return UsageEvent.builder(id, identifier, "VOICE")
        .startTime(NOW)
        .quantity(new BigDecimal(seconds))
        .field("startTime", NOW.toString())
        .field("endTime", NOW.plusSeconds(Long.parseLong(seconds)).toString())
        .field("origin", identifier)
        .field("destination", "+33100000000")
        .field("zone", zone)
        .field("period", period)
        .build();
  }

  /** Returns the line's stored events of March. */
  public List<RatedEvent> events(Line line) {
    return sdk.rating().events(UsageQuery.of(line.identifier(), Validity.between(MARCH, APRIL)).limit(10_000));
  }

  /** Returns the group's balances. */
  public List<Balance> balances(Line line) {
    return sdk.balances().balances(line.groupId());
  }
}
