package org.monetization.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceGroup;
import org.monetization.billing.BillingCalendar;
import org.monetization.billing.BillingProfile;
import org.monetization.config.BillingInterval;
import org.monetization.customer.Customer;
import org.monetization.error.ConflictException;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.ServiceStatus;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;
import org.monetization.subscription.SubscriptionStatus;
import org.monetization.testing.CatalogFixtures;
import org.monetization.time.Validity;

/**
 * What every store must do with billing profiles, balance groups, subscriptions, services and promotion
 * redemptions.
 */
public abstract class SubscriptionRepositoryContract extends StoreContractSupport {

  @Test
  void storesBillingProfilesAndBalanceGroupsUnchanged() {
    Customer customer = customer();
    BalanceGroup group = group(customer);

    assertThat(store.balanceGroups().find(group.id())).contains(group);
    assertThat(store.balanceGroups().ofCustomer(customer.id())).containsExactly(group);
    BillingProfile profile = store.billingProfiles().find(group.billingProfileId()).orElseThrow();
    assertThat(profile.calendar()).isEqualTo(new BillingCalendar(BillingInterval.MONTHLY, 31, ZoneId.of("Europe/Paris")));
    assertThat(profile.currency()).isEqualTo(CatalogFixtures.EUR);
    assertThat(store.billingProfiles().ofCustomer(customer.id())).containsExactly(profile);
  }

  @Test
  void storesASubscriptionWithItsLinesCouponsAndChargesUnchanged() {
    Customer customer = customer();
    Subscription stored = subscription(customer, group(customer));

    assertThat(store.subscriptions().find(stored.id())).contains(stored);
    assertThat(store.subscriptions().ofCustomer(customer.id())).containsExactly(stored);
  }

  @Test
  void updatesASubscriptionOptimistically() {
    Customer customer = customer();
    Subscription stored = subscription(customer, group(customer));
    Subscription cancelled = stored.cancelled(T0.plusSeconds(10), stored.products());

    Subscription updated = tx(() -> store.subscriptions().update(cancelled));

    assertThat(updated.version()).isEqualTo(1);
    assertThat(store.subscriptions().find(stored.id())).contains(cancelled.withVersion(1));
    assertThatThrownBy(() -> tx(() -> store.subscriptions().update(stored)))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
  }

  @Test
  void serviceIdentifiersAreUnique() {
    Customer customer = customer();
    Subscription subscription = subscription(customer, group(customer));
    ProvisionedService line = new ProvisionedService("+33612345678", subscription.id(), customer.id(),
        Map.of("VOICE", 1, "DATA", 4), Validity.from(T0), ServiceStatus.ACTIVE, List.of("IMEI-1"),
        List.of("MSC-PARIS-1", "GGSN-2"), 0);
    tx(() -> store.services().insert(line));

    assertThatThrownBy(() -> tx(() -> store.services().insert(new ProvisionedService("+33612345678",
        subscription.id(), customer.id(), Map.of("SMS", 5), Validity.from(T0), ServiceStatus.ACTIVE, List.of(),
        List.of(), 0))))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThat(store.services().find("+33612345678")).contains(line);
    assertThat(store.services().ofSubscription(subscription.id())).containsExactly(line);
  }

  @Test
  void updatesAServiceOptimistically() {
    Customer customer = customer();
    Subscription subscription = subscription(customer, group(customer));
    ProvisionedService line = tx(() -> store.services().insert(new ProvisionedService("4242", subscription.id(),
        customer.id(), Map.of("VOICE", 1), Validity.from(T0), ServiceStatus.ACTIVE, List.of(), List.of(), 0)));
    ProvisionedService edited = line.with(Validity.between(T0, T0.plusSeconds(99)), ServiceStatus.INACTIVE,
        List.of("CPE-9"), List.of());

    assertThat(tx(() -> store.services().update(edited))).isEqualTo(edited.withVersion(1));
    assertThat(store.services().find("4242")).contains(edited.withVersion(1));
    assertThatThrownBy(() -> tx(() -> store.services().update(edited))).isInstanceOf(ConflictException.class);
  }

  @Test
  void promotionRedemptionsAreCountedAndTheSameSequenceCannotBeTakenTwice() {
    Customer customer = customer();
    SubscriptionId id = subscription(customer, group(customer)).id();
    tx(() -> {
      store.promotions().redeem("WELCOME5", 1, id, T0);
      store.promotions().redeem("WELCOME5", 2, id, T0);
      store.promotions().redeem("ROAM-FREE-1", 1, id, T0);
      return null;
    });

    assertThat(store.promotions().redemptions("WELCOME5")).isEqualTo(2);
    assertThat(store.promotions().redemptions("ROAM-FREE-1")).isEqualTo(1);
    assertThat(store.promotions().redemptions("NEVER")).isZero();
    assertThatThrownBy(() -> tx(() -> {
      store.promotions().redeem("WELCOME5", 2, id, T0);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
    assertThat(store.promotions().redemptions("WELCOME5")).isEqualTo(2);
  }

  @Test
  void aFailedTransactionLeavesNoSubscriptionServiceOrRedemption() {
    Customer customer = customer();
    BalanceGroup group = group(customer);
    SubscriptionId[] id = new SubscriptionId[1];

    assertThatThrownBy(() -> tx(() -> {
      Subscription s = subscription(customer, group);
      id[0] = s.id();
      store.services().insert(new ProvisionedService("777", s.id(), customer.id(), Map.of("VOICE", 1),
          Validity.from(T0), ServiceStatus.ACTIVE, List.of(), List.of(), 0));
      store.promotions().redeem("WELCOME5", 1, s.id(), T0);
      throw new IllegalStateException("fail after writing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.subscriptions().find(id[0])).isEmpty();
    assertThat(store.services().find("777")).isEmpty();
    assertThat(store.promotions().redemptions("WELCOME5")).isZero();
  }

  @Test
  void deletesTheProfilesGroupsSubscriptionsAndServicesOfOneCustomerOnly() {
    Customer leaving = customer();
    Customer staying = customer();
    BalanceGroup leavingGroup = group(leaving);
    BalanceGroup stayingGroup = group(staying);
    Subscription gone = subscription(leaving, leavingGroup);
    Subscription kept = tx(() -> store.subscriptions().insert(new Subscription(store.subscriptions().nextId(),
        staying.id(), stayingGroup.id(), "MOBILE_S", 1, SubscriptionStatus.ACTIVE, T0, null, List.of(), List.of(),
        List.of(), 0)));
    ProvisionedService line = new ProvisionedService("+33612345678", gone.id(), leaving.id(), Map.of("VOICE", 1),
        Validity.from(T0), ServiceStatus.ACTIVE, List.of("IMEI-1"), List.of("MSC-PARIS-1"), 0);
    ProvisionedService keptLine = new ProvisionedService("+33699999999", kept.id(), staying.id(),
        Map.of("VOICE", 1), Validity.from(T0), ServiceStatus.ACTIVE, List.of(), List.of(), 0);
    tx(() -> {
      store.services().insert(line);
      store.services().insert(keptLine);
      store.promotions().redeem("WELCOME5", 1, gone.id(), T0);
      return null;
    });

    assertThatThrownBy(() -> tx(() -> {
      store.services().deleteOfSubscription(gone.id());
      store.subscriptions().deleteOfCustomer(leaving.id());
      throw new IllegalStateException("fail after deleting");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.services().find("+33612345678")).contains(line);
    assertThat(store.subscriptions().find(gone.id())).contains(gone);

    assertThat(tx(() -> store.services().deleteOfSubscription(gone.id()))).isEqualTo(1);
    assertThat(tx(() -> store.subscriptions().deleteOfCustomer(leaving.id()))).isEqualTo(1);
    assertThat(tx(() -> store.balanceGroups().deleteOfCustomer(leaving.id()))).isEqualTo(1);
    assertThat(tx(() -> store.billingProfiles().deleteOfCustomer(leaving.id()))).isEqualTo(1);

    assertThat(store.services().find("+33612345678")).isEmpty();
    assertThat(store.services().ofSubscription(gone.id())).isEmpty();
    assertThat(store.subscriptions().find(gone.id())).isEmpty();
    assertThat(store.subscriptions().ofCustomer(leaving.id())).isEmpty();
    assertThat(store.balanceGroups().find(leavingGroup.id())).isEmpty();
    assertThat(store.billingProfiles().find(leavingGroup.billingProfileId())).isEmpty();
    assertThat(store.billingProfiles().ofCustomer(leaving.id())).isEmpty();
    assertThat(store.promotions().redemptions("WELCOME5")).as("a code's uses stay counted").isEqualTo(1);

    assertThat(store.services().find("+33699999999")).contains(keptLine);
    assertThat(store.subscriptions().ofCustomer(staying.id())).containsExactly(kept);
    assertThat(store.balanceGroups().ofCustomer(staying.id())).containsExactly(stayingGroup);
    assertThat(store.billingProfiles().ofCustomer(staying.id())).hasSize(1);
    assertThat(tx(() -> store.subscriptions().deleteOfCustomer(leaving.id()))).isZero();
    tx(() -> store.services().insert(line.withVersion(0)));
    assertThat(store.services().find("+33612345678")).as("the identifier can be provisioned again").isPresent();
  }
}
