package org.monetization.jpa;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.monetization.Monetization;
import org.monetization.config.BillingInterval;
import org.monetization.config.CustomerType;
import org.monetization.config.PaymentType;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.spi.Store;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.CustomerFixtures;

/**
 * The SDK of a mobile operator selling {@link CatalogFixtures#mobileWithUpgrade()}, and the onboarding
 * requests of its subscribers: residential customers paying by direct debit, on plan MOBILE_S, billed
 * monthly on the 1st in euros.
 */
final class MobileOperator {
  /** When the tests' clocks start: a whole second, which every database stores exactly. */
  static final Instant OPENING = Instant.parse("2026-03-10T09:00:00Z");

  private MobileOperator() {}

  /** Returns an SDK on the store with the residential customer type defined (once per store). */
  static Monetization sdk(Store store, Clock clock) {
    Monetization sdk = Monetization.builder().store(store).clock(clock).build();
    if (sdk.configuration().customerType("RESIDENTIAL").isEmpty()) {
      sdk.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    }
    return sdk;
  }

  /**
   * Returns the onboarding request of a subscriber to plan MOBILE_S whose mobile line gets the given
   * service identifier.
   */
  static OnboardingRequest subscriber(String lastName, String serviceIdentifier, List<String> promotionCodes) {
    return OnboardingRequest.builder()
        .account(CustomerFixtures.account("Lucie", lastName).build())
        .payment(CustomerFixtures.directDebit())
        .subscription(new SubscriptionSection(PaymentType.POSTPAID, CatalogFixtures.EUR, BillingInterval.MONTHLY, 1,
            "MOBILE_S", promotionCodes, serviceIdentifier, List.of()))
        .build();
  }
}
