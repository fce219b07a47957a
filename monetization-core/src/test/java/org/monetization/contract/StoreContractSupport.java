package org.monetization.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.monetization.balance.BalanceGroup;
import org.monetization.billing.BillingCalendar;
import org.monetization.billing.BillingProfile;
import org.monetization.catalog.ProductType;
import org.monetization.config.BillingInterval;
import org.monetization.config.PaymentType;
import org.monetization.customer.Customer;
import org.monetization.spi.Store;
import org.monetization.subscription.PendingCharge;
import org.monetization.subscription.ProductStatus;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionStatus;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.CustomerFixtures;
import org.monetization.time.Validity;

/**
 * Gives each contract test a fresh, empty store. A storage adapter's test extends a contract class and
 * implements {@link #newStore()}; it may release resources in {@link #closeStore(Store)}.
 */
abstract class StoreContractSupport {
  protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  protected Store store;

  /** Returns a new store over empty storage. */
  protected abstract Store newStore();

  /** Releases what {@link #newStore()} opened; nothing by default. */
  protected void closeStore(Store store) {}

  @BeforeEach
  final void openStore() {
    store = newStore();
  }

  @AfterEach
  final void releaseStore() {
    closeStore(store);
  }

  protected <T> T tx(java.util.function.Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  protected Customer insert(Customer customer) {
    return tx(() -> store.customers().insert(customer));
  }

  /** Stores a customer. */
  protected Customer customer() {
    return insert(CustomerFixtures.plainCustomer(tx(() -> store.customers().nextId()), "Sub", "Scriber", T0));
  }

  /** Stores a postpaid billing profile and a balance group of the customer. */
  protected BalanceGroup group(Customer customer) {
    return tx(() -> {
      BillingProfile profile = new BillingProfile(store.billingProfiles().nextId(), customer.id(), "Main",
          PaymentType.POSTPAID, CatalogFixtures.EUR, new BillingCalendar(BillingInterval.MONTHLY, 31,
          ZoneId.of("Europe/Paris")), T0, Validity.from(T0));
      store.billingProfiles().insert(profile);
      BalanceGroup group = new BalanceGroup(store.balanceGroups().nextId(), customer.id(), profile.id(), "Main",
          Validity.between(T0, T0.plusSeconds(86_400 * 365)));
      store.balanceGroups().insert(group);
      return group;
    });
  }

  /** Stores a subscription of the customer on the group, with a voice line for +33612345678. */
  protected Subscription subscription(Customer customer, BalanceGroup group) {
    return tx(() -> store.subscriptions().insert(new Subscription(store.subscriptions().nextId(), customer.id(),
        group.id(), "MOBILE_S", 3, SubscriptionStatus.ACTIVE, T0, null,
        List.of(
            new SubscribedProduct(1, "MOBILE_BASE", "VOICE", ProductType.SERVICE, false, BigDecimal.ONE, null, null,
                Validity.from(T0), ProductStatus.ACTIVE, "+33612345678"),
            new SubscribedProduct(2, "MOBILE_BASE", "MONTHLY_FEE", ProductType.RECURRING, false,
                new BigDecimal("1.50"), CatalogFixtures.eur("19.99"), CatalogFixtures.eur("26.99"),
                Validity.between(T0, T0.plusSeconds(3600)), ProductStatus.CANCELLED, null),
            new SubscribedProduct(3, "ROAMING_EU", "ROAMING_DATA", ProductType.ALLOWANCE, true,
                new BigDecimal("2000"), null, null, Validity.from(T0), ProductStatus.ACTIVE, null)),
        List.of("WELCOME5"),
        List.of(new PendingCharge("Activation", CatalogFixtures.eur("10.00"), T0),
            new PendingCharge("Credit", CatalogFixtures.eur("-3.3333"), T0.plusSeconds(60))),
        0)));
  }
}
