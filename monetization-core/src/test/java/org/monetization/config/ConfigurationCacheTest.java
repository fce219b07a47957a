package org.monetization.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.customer.Customer;
import org.monetization.error.ValidationException;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.testing.CustomerFixtures;

/** The configuration read by every command is cached without ever hiding a definition of this instance. */
class ConfigurationCacheTest {
  private final InMemoryStore store = InMemoryStore.create();
  private final Monetization monetization = Monetization.builder().store(store).build();

  @Test
  void anAttributeDefinedAfterTheSchemaWasReadIsAcceptedAtOnce() {
    monetization.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    monetization.onboarding().submit(CustomerFixtures.onboarding("First", "Reader")); // reads the schema

    monetization.configuration().defineAttribute(
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "vip", AttributeType.BOOLEAN));
    Customer second = monetization.onboarding().submit(OnboardingRequest.builder()
        .account(CustomerFixtures.account("Second", "Reader").customAttribute("vip", AttributeValue.bool(true)).build())
        .payment(org.monetization.customer.PaymentInfo.invoice())
        .build()).customer();

    assertThat(second.account().customAttributes()).containsEntry("vip", AttributeValue.bool(true));
  }

  @Test
  void anUnknownCustomerTypeIsNotRememberedAsUnknown() {
    assertThatThrownBy(() -> monetization.onboarding().submit(CustomerFixtures.onboarding("Too", "Early")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasErrorOn("account.customerType")).isTrue());

    monetization.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));

    assertThat(monetization.onboarding().submit(CustomerFixtures.onboarding("Just", "InTime")).customer().id())
        .isNotNull();
  }

  @Test
  void aTypeDefinedThroughAnotherInstanceOverTheSameStoreIsFound() {
    Monetization other = Monetization.builder().store(store).build();
    assertThat(monetization.configuration().customerType("BUSINESS")).isEmpty();

    other.configuration().defineCustomerType(CustomerType.of("BUSINESS", "Business"));

    assertThat(monetization.configuration().customerType("BUSINESS")).contains(CustomerType.of("BUSINESS", "Business"));
  }
}
