package org.monetization.subscription;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.monetization.Monetization;
import org.monetization.config.BillingInterval;
import org.monetization.config.CustomerType;
import org.monetization.config.PaymentType;
import org.monetization.event.DomainEvent;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.MutableClock;

/** An SDK with the mobile catalog published and a clock standing on 2026-03-10 09:00 UTC. */
final class SubscriptionFixture {
  final MutableClock clock = MutableClock.at("2026-03-10T09:00:00Z");
  final List<DomainEvent> events = new ArrayList<>();
  final Monetization sdk = Monetization.builder().clock(clock).eventListener(events::add).build();

  SubscriptionFixture() {
    sdk.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    sdk.catalog().publish(CatalogFixtures.mobileWithUpgrade());
  }

  static SubscriptionSection section(String planCode, @Nullable String globalIdentifier, List<String> codes,
      List<ProductChoice> choices) {
    return new SubscriptionSection(PaymentType.POSTPAID, CatalogFixtures.EUR, BillingInterval.MONTHLY, 1, planCode,
        codes, globalIdentifier, choices);
  }

  static ProductChoice choice(String product, @Nullable BigDecimal quantity, @Nullable String identifier,
      boolean purchase) {
    return new ProductChoice("MOBILE_BASE", product, quantity, null, null, purchase, identifier);
  }

  OnboardingRequest request(String lastName, SubscriptionSection section) {
    return OnboardingRequest.builder()
        .account(CustomerFixtures.account("Lucie", lastName).build())
        .payment(CustomerFixtures.directDebit())
        .subscription(section)
        .build();
  }

  OnboardingResult onboard(String lastName, @Nullable String identifier) {
    return sdk.onboarding().submit(request(lastName, section("MOBILE_S", identifier, List.of(), List.of())));
  }
}
