package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.monetization.Monetization;
import org.monetization.catalog.ProductType;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.customer.Customer;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.spi.Store;
import org.monetization.subscription.PackRequest;
import org.monetization.subscription.PlanTransition;
import org.monetization.subscription.ProductChange;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.ServiceChange;
import org.monetization.subscription.ServiceStatus;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionStatus;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.MutableClock;

/**
 * One subscriber's life through the SDK's facade, from the catalog's publication to the cancellation of
 * the subscription: what each command returned, and what the store held at the end. {@link #live} checks
 * after every command that the store reads back exactly what the command returned, so that a mapping
 * mistake in any aggregate shows up where it happens; comparing two lives, lived on two stores, then
 * shows whether a store returns what it was given.
 *
 * @param catalog the published catalog
 * @param onboarded the onboarding with a subscription to MOBILE_S and the WELCOME5 coupon
 * @param withPack after adding the ROAMING_EU pack
 * @param withVoucher after redeeming the ROAM-FREE-1 voucher
 * @param modified after overriding the monthly fee's quantity and unit price
 * @param edited the mobile line with a device and an event generator
 * @param transition the change to plan MOBILE_L in the middle of the cycle, with its proration
 * @param cancelled the cancelled subscription
 * @param services the subscription's services at the end
 * @param customer the customer at the end
 * @param couponRedemptions how many times WELCOME5 was redeemed
 * @param voucherRedemptions how many times ROAM-FREE-1 was redeemed
 */
record SubscriberLife(
    PublishedCatalog catalog,
    OnboardingResult onboarded,
    Subscription withPack,
    Subscription withVoucher,
    Subscription modified,
    ProvisionedService edited,
    PlanTransition transition,
    Subscription cancelled,
    List<ProvisionedService> services,
    Customer customer,
    int couponRedemptions,
    int voucherRedemptions) {

  /** The mobile line's service identifier. */
  static final String LINE = "+33611111111";

  /**
   * Lives the life on the SDK's store, the clock starting at {@link MobileOperator#OPENING}.
   *
   * @param sdk an SDK with the residential customer type and no catalog yet
   * @param clock its clock, moved forward between commands
   */
  static SubscriberLife live(Monetization sdk, MutableClock clock) {
    Store store = sdk.store();

    PublishedCatalog catalog = sdk.catalog().publish(CatalogFixtures.mobileWithUpgrade());
    assertThat(store.catalog().current()).contains(catalog);
    assertThat(store.catalog().find(catalog.version())).contains(catalog);

    OnboardingResult onboarded =
        sdk.onboarding().submit(MobileOperator.subscriber("Martin", LINE, List.of("WELCOME5")));
    Subscription subscription = onboarded.subscription();
    assertThat(sdk.customers().get(onboarded.customer().id())).isEqualTo(onboarded.customer());
    assertThat(store.billingProfiles().ofCustomer(onboarded.customer().id()))
        .containsExactly(onboarded.billingProfile());
    assertThat(store.balanceGroups().ofCustomer(onboarded.customer().id())).containsExactly(onboarded.balanceGroup());
    assertThat(sdk.subscriptions().ofCustomer(onboarded.customer().id())).containsExactly(subscription);
    assertThat(subscription.pendingCharges()).isNotEmpty(); // the activation fee
    assertThat(sdk.services().find(LINE)).hasValueSatisfying(line -> {
      assertThat(line.subscriptionId()).isEqualTo(subscription.id());
      assertThat(line.products()).containsOnlyKeys("VOICE", "DATA", "SMS");
    });

    clock.advance(Duration.ofHours(1));
    Subscription withPack = sdk.subscriptions().addPack(subscription.id(), PackRequest.of("ROAMING_EU"));
    assertThat(sdk.subscriptions().get(subscription.id())).isEqualTo(withPack);

    clock.advance(Duration.ofHours(1));
    Subscription withVoucher = sdk.subscriptions().redeemVouchers(subscription.id(), List.of("ROAM-FREE-1"));
    assertThat(sdk.subscriptions().get(subscription.id())).isEqualTo(withVoucher);

    clock.advance(Duration.ofHours(1));
    SubscribedProduct fee = withVoucher.activeProducts().stream()
        .filter(p -> p.productCode().equals("MONTHLY_FEE")).findFirst().orElseThrow();
    Subscription modified = sdk.subscriptions().modifyProduct(subscription.id(), fee.line(),
        new ProductChange(new BigDecimal("2.50"), CatalogFixtures.eur("18.125"), null));
    assertThat(sdk.subscriptions().get(subscription.id())).isEqualTo(modified);
    assertThat(modified.line(fee.line()).orElseThrow().quantity()).isEqualTo(new BigDecimal("2.50"));

    clock.advance(Duration.ofHours(1));
    ProvisionedService edited = sdk.services().edit(LINE,
        new ServiceChange(null, ServiceStatus.ACTIVE, List.of("IMEI-356938035643809", "IMEI-2"),
            List.of("MSC-PARIS-1")));
    assertThat(sdk.services().find(LINE)).contains(edited);

    clock.set(Instant.parse("2026-03-12T10:00:00Z"));
    PlanTransition transition = sdk.subscriptions().changePlan(subscription.id(), "MOBILE_L",
        Instant.parse("2026-03-16T00:00:00Z"));
    assertThat(sdk.subscriptions().get(subscription.id())).isEqualTo(transition.subscription());
    assertThat(transition.proration()).isNotEmpty()
        .allSatisfy(charge -> assertThat(transition.subscription().pendingCharges()).contains(charge));
    assertThat(transition.subscription().products()).filteredOn(p -> p.type() == ProductType.RECURRING)
        .extracting(SubscribedProduct::fee).doesNotContainNull();

    clock.advance(Duration.ofDays(3));
    Subscription cancelled = sdk.subscriptions().cancel(subscription.id());
    assertThat(sdk.subscriptions().get(subscription.id())).isEqualTo(cancelled);
    assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.CANCELLED);
    List<ProvisionedService> services = sdk.services().ofSubscription(subscription.id());
    assertThat(services).isNotEmpty().allSatisfy(s -> assertThat(s.status()).isEqualTo(ServiceStatus.CANCELLED));
    Customer customer = sdk.customers().get(onboarded.customer().id());
    assertThat(customer.subscriptionCount()).isZero();
    assertThat(customer.serviceCount()).isZero();

    return new SubscriberLife(catalog, onboarded, withPack, withVoucher, modified, edited, transition, cancelled,
        services, customer, store.promotions().redemptions("WELCOME5"), store.promotions().redemptions("ROAM-FREE-1"));
  }
}
