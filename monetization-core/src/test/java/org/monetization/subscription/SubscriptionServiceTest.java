package org.monetization.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.subscription.SubscriptionFixture.choice;
import static org.monetization.subscription.SubscriptionFixture.section;
import static org.monetization.testing.CatalogFixtures.eur;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.monetization.catalog.ProductType;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldError;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.onboarding.OnboardingOutcome;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.onboarding.OnboardingSummary;
import org.monetization.paging.PageRequest;
import org.monetization.onboarding.SubscriptionSection;

class SubscriptionServiceTest {
  private final SubscriptionFixture f = new SubscriptionFixture();

  // ---------------------------------------------------------------- onboarding (CUS-5, SUB-1, SUB-7)

  @Test
  void onboardingCreatesTheProfileGroupSubscriptionAndOneServiceForThePlanLevelIdentifier() {
    OnboardingResult result = f.onboard("Martin", "+33611111111");

    Subscription subscription = result.subscription();
    assertThat(result.billingProfile().currency()).isEqualTo(org.monetization.testing.CatalogFixtures.EUR);
    assertThat(result.balanceGroup().billingProfileId()).isEqualTo(result.billingProfile().id());
    assertThat(subscription.balanceGroupId()).isEqualTo(result.balanceGroup().id());
    assertThat(subscription.activeProducts()).extracting(SubscribedProduct::productCode)
        .containsExactly("VOICE", "DATA", "SMS", "MONTHLY_FEE", "ACTIVATION", "FREE_DATA"); // INSURANCE is optional
    ProvisionedService line = f.sdk.services().find("+33611111111").orElseThrow();
    assertThat(line.products()).containsOnlyKeys("VOICE", "DATA", "SMS");
    assertThat(line.subscriptionId()).isEqualTo(subscription.id());
    Customer customer = f.sdk.customers().get(result.customer().id());
    assertThat(customer.subscriptionCount()).isEqualTo(1);
    assertThat(customer.serviceCount()).isEqualTo(1);
    assertThat(f.sdk.customers().list(CustomerFilter.none(), PageRequest.first(10)).items().get(0).services())
        .isEqualTo(1);
  }

  @Test
  void feesCarryOverridesBundleDiscountsAndCoupons() {
    OnboardingResult result = f.sdk.onboarding().submit(f.request("Petit", section("MOBILE_S", "0611", List.of("WELCOME5"),
        List.of(choice("INSURANCE", null, null, true),
            new ProductChoice("MOBILE_BASE", "ACTIVATION", null, eur("7.50"), null, false, null)))));

    Map<String, SubscribedProduct> lines = byProduct(result.subscription());
    // 19.99 less 10% loyalty (2.00 off, half-even) = 17.99, less the 5.00 coupon = 12.99
    assertThat(lines.get("MONTHLY_FEE").fee()).isEqualTo(eur("12.99"));
    assertThat(lines.get("INSURANCE").fee()).isEqualTo(eur("0.00")); // 4.99 less the 5.00 coupon: never negative
    assertThat(lines.get("ACTIVATION").unitPrice()).isEqualTo(eur("7.50"));
    assertThat(lines.get("ACTIVATION").fee()).isEqualTo(eur("2.50"));
    assertThat(result.subscription().pendingCharges()).extracting(PendingCharge::amount).containsExactly(eur("2.50"));
    assertThat(result.subscription().couponCodes()).containsExactly("WELCOME5");
  }

  @Test
  void aServiceProductWithoutAnyIdentifierGetsAGeneratedEpochMillisecondIdentifier() {
    OnboardingResult result = f.onboard("Genere", null);

    String expected = Long.toString(f.clock.instant().toEpochMilli());
    assertThat(f.sdk.services().find(expected)).isPresent();
    assertThat(result.subscription().activeProducts()).filteredOn(p -> p.type() == ProductType.SERVICE)
        .extracting(SubscribedProduct::serviceIdentifier).containsOnly(expected);
    assertThat(f.onboard("Suivant", null).subscription().activeProducts().get(0).serviceIdentifier())
        .isEqualTo(Long.toString(f.clock.instant().toEpochMilli() + 1));
  }

  @Test
  void previewReturnsEverythingThatWouldBeCreatedAndCreatesNothing() {
    OnboardingSummary summary = f.sdk.onboarding().preview(f.request("Apercu", section("MOBILE_S", "0622", List.of(),
        List.of())));

    assertThat(summary.subscription().firstCycle().start()).isEqualTo(f.clock.instant());
    assertThat(summary.subscription().firstCycle().end()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(summary.subscription().quote().recurringTotal()).isEqualTo(eur("17.99"));
    assertThat(summary.subscription().quote().services()).extracting(ProvisionedService::identifier)
        .containsExactly("0622");
    assertThat(f.sdk.customers().list(CustomerFilter.none(), PageRequest.first(10)).totalCount()).isZero();
    assertThat(f.sdk.services().find("0622")).isEmpty();
    assertThat(f.events).hasSize(1); // the catalog publication only
  }

  @Test
  void badSubscriptionSectionsAreReportedTogetherWithTheirPathsAndNothingIsCreated() {
    var bad = new org.monetization.onboarding.SubscriptionSection(null, org.monetization.testing.CatalogFixtures.EUR,
        org.monetization.config.BillingInterval.MONTHLY, 32, "MOBILE_S", List.of("NOPE"), " ",
        List.of(choice("MONTHLY_FEE", new BigDecimal("-1"), null, false),
            new ProductChoice("MOBILE_BASE", "GHOST", null, null, null, true, null)));
    int before = f.events.size();

    assertThatThrownBy(() -> f.sdk.onboarding().submit(f.request("Faux", bad)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("subscription.paymentType", "subscription.billingDay",
                "subscription.globalServiceIdentifier", "subscription.promotionCodes[0]",
                "subscription.products[0].quantity", "subscription.products[1]"));
    assertNothingCreated(before);
  }

  @Test
  void anUnknownPlanIsReported() {
    int before = f.events.size();
    assertThatThrownBy(() -> f.sdk.onboarding().submit(f.request("X", section("MOBILE_XXL", null, List.of(), List.of()))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("subscription.planCode", "unknown plan 'MOBILE_XXL'")));
    assertNothingCreated(before);
  }

  @Test
  void aServiceIdentifierInUseIsRejected() {
    f.onboard("Premier", "+33600000001");
    int before = f.events.size();

    assertThatThrownBy(() -> f.onboard("Second", "+33600000001"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("subscription.globalServiceIdentifier", "'+33600000001' is already in use")));
    assertThat(f.events).hasSize(before);
    assertThat(f.sdk.customers().list(CustomerFilter.none(), PageRequest.first(10)).totalCount()).isEqualTo(1);
  }

  @Test
  void aBatchRejectsAServiceIdentifierTakenBeforeOrByAnEarlierRequestOfTheBatch() {
    f.onboard("Premier", "+33600000001");
    int before = f.events.size();

    List<OnboardingOutcome> outcomes = f.sdk.onboarding().submitAll(List.of(
        f.request("Second", section("MOBILE_S", "+33600000002", List.of(), List.of())),
        f.request("Double", section("MOBILE_S", "+33600000002", List.of(), List.of())),
        f.request("Ancien", section("MOBILE_S", "+33600000001", List.of(), List.of())),
        f.request("Dernier", section("MOBILE_S", "+33600000003", List.of(), List.of()))));

    assertThat(outcomes).extracting(OnboardingOutcome::isCreated).containsExactly(true, false, false, true);
    assertThat(outcomes.get(1).failure()).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.errors()).containsExactly(
            new FieldError("subscription.globalServiceIdentifier", "'+33600000002' is already in use")));
    assertThat(outcomes.get(2).failure()).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.errors()).containsExactly(
            new FieldError("subscription.globalServiceIdentifier", "'+33600000001' is already in use")));
    OnboardingResult second = outcomes.get(0).result();
    assertThat(second.subscription().activeProducts().get(0).serviceIdentifier()).isEqualTo("+33600000002");
    assertThat(f.sdk.customers().get(second.customer().id()).subscriptionCount()).isEqualTo(1);
    assertThat(outcomes.get(3).result().billingProfile().customerId())
        .isEqualTo(outcomes.get(3).result().customer().id());
    assertThat(f.sdk.customers().list(CustomerFilter.none(), PageRequest.first(10)).totalCount()).isEqualTo(3);
    assertThat(f.events.size()).isGreaterThan(before);
  }

  @Test
  void twoThreadsOnboardingTheSameIdentifierExactlyOneSucceeds() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      Callable<OnboardingResult> attempt = () -> {
        start.await();
        return f.onboard("Concurrent", "+33699999999");
      };
      Future<OnboardingResult> a = pool.submit(attempt);
      Future<OnboardingResult> b = pool.submit(attempt);
      start.countDown();
      int succeeded = 0;
      int refused = 0;
      for (Future<OnboardingResult> future : List.of(a, b)) {
        try {
          future.get(30, TimeUnit.SECONDS);
          succeeded++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOfAny(ValidationException.class, ConflictException.class);
          refused++;
        }
      }
      assertThat(succeeded).isEqualTo(1);
      assertThat(refused).isEqualTo(1);
      assertThat(f.sdk.customers().list(CustomerFilter.none(), PageRequest.first(10)).totalCount()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- packs and vouchers (SUB-2, SUB-4)

  @Test
  void addsAPackTheSubscriptionsPlanOffers() {
    Subscription subscription = f.onboard("Voyage", "0633").subscription();

    Subscription updated = f.sdk.subscriptions().addPack(subscription.id(), PackRequest.of("ROAMING_EU"));

    assertThat(updated.activeProducts()).filteredOn(SubscribedProduct::pack)
        .extracting(SubscribedProduct::productCode).containsExactly("ROAMING_FEE", "ROAMING_DATA");
    assertThat(updated.version()).isEqualTo(subscription.version() + 1);
  }

  @Test
  void refusesAnUnknownPackOrOneThePlanDoesNotOfferAndChangesNothing() {
    Subscription subscription = f.onboard("Refus", "0644").subscription();

    assertThatThrownBy(() -> f.sdk.subscriptions().addPack(subscription.id(), PackRequest.of("NOPE")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasErrorOn("packCode")).isTrue());
    assertThatThrownBy(() -> f.sdk.subscriptions().addPack(subscription.id(), PackRequest.of("MOBILE_L_BASE")))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.getMessage()).contains("not offered by plan MOBILE_S"));
    assertThat(f.sdk.subscriptions().get(subscription.id())).isEqualTo(subscription);
  }

  @Test
  void aVoucherBuysItsBundleOnceAndIsThenUsedUp() {
    Subscription subscription = f.onboard("Bon", "0655").subscription();

    Subscription updated = f.sdk.subscriptions().redeemVouchers(subscription.id(), List.of("ROAM-FREE-1"));

    assertThat(updated.activeProducts()).filteredOn(SubscribedProduct::pack).hasSize(2);
    assertThatThrownBy(() -> f.sdk.subscriptions().redeemVouchers(subscription.id(), List.of("ROAM-FREE-1")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("codes[0]", "'ROAM-FREE-1' is used up")));
    assertThat(f.sdk.subscriptions().get(subscription.id())).isEqualTo(updated);
  }

  @Test
  void anExpiredCouponIsRefused() {
    f.clock.set(Instant.parse("2027-02-01T00:00:00Z"));
    int before = f.events.size();

    assertThatThrownBy(() -> f.sdk.onboarding().submit(
        f.request("Tard", section("MOBILE_S", "0666", List.of("WELCOME5"), List.of()))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("subscription.promotionCodes[0]", "'WELCOME5' is expired or not yet valid")));
    assertNothingCreated(before);
  }

  // ---------------------------------------------------------------- product changes (SUB-3)

  @Test
  void modifyingAProductRepricesItsFee() {
    Subscription subscription = f.onboard("Modif", "0677").subscription();
    int line = byProduct(subscription).get("MONTHLY_FEE").line();

    Subscription updated = f.sdk.subscriptions().modifyProduct(subscription.id(), line,
        new ProductChange(new BigDecimal("2"), null, null));

    // 2 x 19.99 = 39.98, less 10% (4.00 off) = 35.98
    assertThat(byProduct(updated).get("MONTHLY_FEE").fee()).isEqualTo(eur("35.98"));
  }

  @Test
  void aNegativeOverrideIsRefusedAndChangesNothing() {
    Subscription subscription = f.onboard("Negatif", "0688").subscription();
    int line = byProduct(subscription).get("MONTHLY_FEE").line();

    assertThatThrownBy(() -> f.sdk.subscriptions().modifyProduct(subscription.id(), line,
        new ProductChange(new BigDecimal("-2"), eur("-1.00"), null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("quantity", "value"));
    assertThat(f.sdk.subscriptions().get(subscription.id())).isEqualTo(subscription);
  }

  @Test
  void cancellingEveryServiceProductOfAServiceCancelsTheService() {
    OnboardingResult result = f.onboard("Fin", "0699");
    Subscription subscription = result.subscription();
    Map<String, SubscribedProduct> lines = byProduct(subscription);

    f.sdk.subscriptions().cancelProduct(subscription.id(), lines.get("VOICE").line());
    assertThat(f.sdk.services().find("0699").orElseThrow().status()).isEqualTo(ServiceStatus.ACTIVE);
    f.sdk.subscriptions().cancelProduct(subscription.id(), lines.get("DATA").line());
    f.sdk.subscriptions().cancelProduct(subscription.id(), lines.get("SMS").line());

    assertThat(f.sdk.services().find("0699").orElseThrow().status()).isEqualTo(ServiceStatus.CANCELLED);
    assertThat(f.sdk.customers().get(result.customer().id()).serviceCount()).isZero();
    assertThatThrownBy(() -> f.sdk.subscriptions().cancelProduct(subscription.id(), lines.get("SMS").line()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> f.sdk.subscriptions().cancelProduct(subscription.id(), 99))
        .isInstanceOf(NotFoundException.class);
  }

  // ---------------------------------------------------------------- plan transition (SUB-5)

  @Test
  void aPlanChangeProratesTheRecurringFeesByDayAndKeepsTheServiceIdentifier() {
    Subscription subscription = f.onboard("Montee", "0700").subscription();
    Instant mid = Instant.parse("2026-03-16T00:00:00Z"); // 16 of 31 days of March remain

    PlanTransition transition = f.sdk.subscriptions().changePlan(subscription.id(), "MOBILE_L", mid);

    Subscription moved = transition.subscription();
    assertThat(moved.planCode()).isEqualTo("MOBILE_L");
    // old fee 17.99: cumulative 17.99*15/31 = 8.70, so 17.99 - 8.70 = 9.29 unused; new fee 29.99: 29.99 - 14.51 = 15.48
    assertThat(transition.proration()).extracting(PendingCharge::amount)
        .containsExactly(eur("-9.29"), eur("15.48"));
    assertThat(moved.pendingCharges()).hasSize(1 + 2);
    assertThat(moved.activeProducts()).filteredOn(p -> p.productCode().equals("FREE_DATA"))
        .extracting(SubscribedProduct::quantity).containsExactly(new BigDecimal("5000"));
    ProvisionedService service = f.sdk.services().find("0700").orElseThrow();
    assertThat(service.status()).isEqualTo(ServiceStatus.ACTIVE);
    assertThat(Set.copyOf(service.products().values()))
        .allSatisfy(line -> assertThat(moved.line(line).orElseThrow().isActive()).isTrue());
  }

  @Test
  void aPlanChangeOutsideTheCurrentCycleIsRefused() {
    Subscription subscription = f.onboard("Hors", "0711").subscription();

    assertThatThrownBy(() -> f.sdk.subscriptions().changePlan(subscription.id(), "MOBILE_L",
        Instant.parse("2026-04-02T00:00:00Z")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasErrorOn("effectiveAt")).isTrue());
    assertThat(f.sdk.subscriptions().get(subscription.id())).isEqualTo(subscription);
  }

  // ---------------------------------------------------------------- cancellation (SUB-6) and closed accounts

  @Test
  void cancellingASubscriptionEndsItsLinesAndServices() {
    OnboardingResult result = f.onboard("Stop", "0722");
    f.clock.advance(Duration.ofDays(3));

    Subscription cancelled = f.sdk.subscriptions().cancel(result.subscription().id());

    assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.CANCELLED);
    assertThat(cancelled.endedAt()).isEqualTo(f.clock.instant());
    assertThat(cancelled.activeProducts()).isEmpty();
    assertThat(f.sdk.services().find("0722").orElseThrow().status()).isEqualTo(ServiceStatus.CANCELLED);
    Customer customer = f.sdk.customers().get(result.customer().id());
    assertThat(customer.subscriptionCount()).isZero();
    assertThat(customer.serviceCount()).isZero();
    assertThatThrownBy(() -> f.sdk.subscriptions().cancel(cancelled.id())).isInstanceOf(ConflictException.class);
  }

  @Test
  void aClosedAccountAcceptsNoNewSubscriptionNorChanges() {
    OnboardingResult result = f.onboard("Ferme", "0733");
    f.sdk.customers().close(result.customer().id());
    Subscription before = f.sdk.subscriptions().get(result.subscription().id());

    assertThatThrownBy(() -> f.sdk.subscriptions().subscribe(SubscribeRequest.builder(result.customer().id(),
        result.balanceGroup().id(), "MOBILE_S").globalServiceIdentifier("0734").build()))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ILLEGAL_STATE));
    assertThatThrownBy(() -> f.sdk.subscriptions().addPack(before.id(), PackRequest.of("ROAMING_EU")))
        .isInstanceOf(ConflictException.class);
    assertThat(f.sdk.subscriptions().ofCustomer(result.customer().id())).containsExactly(before);
    assertThat(f.sdk.services().find("0734")).isEmpty();
  }

  @Test
  void servicesAreEditable() {
    f.onboard("Edit", "0744");

    ProvisionedService edited = f.sdk.services().edit("0744", new ServiceChange(null, ServiceStatus.INACTIVE,
        List.of("IMEI-356938035643809"), List.of("MSC-PARIS-1")));

    assertThat(edited.status()).isEqualTo(ServiceStatus.INACTIVE);
    assertThat(edited.devices()).containsExactly("IMEI-356938035643809");
    assertThat(f.sdk.services().find("0744")).contains(edited);
    assertThatThrownBy(() -> f.sdk.services().edit("0744", new ServiceChange(null, ServiceStatus.CANCELLED, null,
        List.of(" ")))).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("status", "eventGenerators[0]"));
    assertThatThrownBy(() -> f.sdk.services().edit("nope", new ServiceChange(null, null, null, null)))
        .isInstanceOf(NotFoundException.class);
  }

  private void assertNothingCreated(int eventsBefore) {
    assertThat(f.events).hasSize(eventsBefore);
    assertThat(f.sdk.customers().list(CustomerFilter.none(), PageRequest.first(10)).totalCount()).isZero();
    assertThat(f.sdk.store().subscriptions().nextId().value()).isEqualTo(1);
  }

  private static Map<String, SubscribedProduct> byProduct(Subscription subscription) {
    Map<String, SubscribedProduct> lines = new java.util.HashMap<>();
    subscription.activeProducts().forEach(p -> lines.put(p.productCode(), p));
    return lines;
  }

}
