package org.monetization.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Customer;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.customer.PaymentInfo;
import org.monetization.error.ConflictException;
import org.monetization.error.ValidationException;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerState;
import org.monetization.testing.CustomerTestBed;
import org.monetization.testing.MutableClock;
import org.monetization.testing.RecordingListener;

/** CFG-1 customer types and CFG-2 custom attributes, through the public API. */
class ConfigurationTest {
  private final RecordingListener events = new RecordingListener();
  private final Monetization monetization =
      Monetization.builder().clock(MutableClock.at(CustomerTestBed.START)).eventListener(events).build();
  private final Configuration configuration = monetization.configuration();

  // --- CFG-1 customer types ---

  @Test
  void definedCustomerTypesAreListedSortedByCodeAndFoundByCode() {
    configuration.defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    configuration.defineCustomerType(CustomerType.of("BUSINESS", "Business"));
    configuration.defineCustomerType(CustomerType.of("GOVERNMENT", "Public sector"));

    assertThat(configuration.customerTypes())
        .extracting(CustomerType::code)
        .containsExactly("BUSINESS", "GOVERNMENT", "RESIDENTIAL");
    assertThat(configuration.customerType("GOVERNMENT")).contains(CustomerType.of("GOVERNMENT", "Public sector"));
    assertThat(configuration.customerType("UNKNOWN")).isEmpty();
  }

  @Test
  void aDuplicateCustomerTypeCodeIsRejectedAndTheFirstDefinitionKept() {
    configuration.defineCustomerType(CustomerType.of("BUSINESS", "Business"));

    assertThatThrownBy(() -> configuration.defineCustomerType(CustomerType.of("BUSINESS", "Companies")))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));

    assertThat(configuration.customerTypes()).containsExactly(CustomerType.of("BUSINESS", "Business"));
  }

  @Test
  void aCustomerTypeCodeMustBeUpperCaseAndItsNameNotBlank() {
    assertThatThrownBy(() -> CustomerType.of("business", "Business")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CustomerType.of("BUSINESS", " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onboardingAcceptsOnlyADefinedCustomerType() {
    configuration.defineCustomerType(CustomerType.of("BUSINESS", "Business"));
    OnboardingRequest residential = CustomerFixtures.onboarding("Alice", "Martin");
    CustomerState before = CustomerState.of(monetization);

    assertThatThrownBy(() -> monetization.onboarding().submit(residential).customer())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(CustomerTestBed.fields(e)).containsExactly("account.customerType"));
    assertThat(CustomerState.of(monetization)).isEqualTo(before);
    assertThat(events.events()).isEmpty();

    configuration.defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    assertThat(monetization.onboarding().submit(residential).customer().account().customerType()).isEqualTo("RESIDENTIAL");
  }

  // --- CFG-2 custom attributes ---

  @Test
  void attributeDefinitionsAreKeptPerTarget() {
    CustomAttributeDefinition vip =
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "vip", AttributeType.BOOLEAN)
            .withPrintedOnInvoice(true);
    CustomAttributeDefinition colour =
        CustomAttributeDefinition.optional(AttributeTarget.PRODUCT, "colour", AttributeType.STRING);

    assertThat(configuration.defineAttribute(vip)).isEqualTo(vip);
    configuration.defineAttribute(colour);

    assertThat(configuration.attributes(AttributeTarget.CUSTOMER).definitions()).containsOnlyKeys("vip");
    assertThat(configuration.attributes(AttributeTarget.CUSTOMER).definition("vip")).contains(vip);
    assertThat(configuration.attributes(AttributeTarget.CUSTOMER).definition("vip").orElseThrow().printedOnInvoice())
        .isTrue();
    assertThat(configuration.attributes(AttributeTarget.PRODUCT).definitions()).containsOnlyKeys("colour");
    assertThat(configuration.attributes(AttributeTarget.BILLING_PROFILE).definitions()).isEmpty();
  }

  @Test
  void aDuplicateAttributeNameOfTheSameTargetIsRejected() {
    CustomAttributeDefinition first =
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "code", AttributeType.STRING);
    configuration.defineAttribute(first);

    assertThatThrownBy(
            () -> configuration.defineAttribute(
                CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "code", AttributeType.NUMBER)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThat(configuration.attributes(AttributeTarget.CUSTOMER).definition("code")).contains(first);
  }

  @Test
  void anAttributeDefinitionChecksItsNameAndThatOnlyEnumerationsHaveAllowedValues() {
    assertThatThrownBy(() -> CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "1st", AttributeType.STRING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "segment", AttributeType.ENUM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new CustomAttributeDefinition(
                AttributeTarget.CUSTOMER, "vip", AttributeType.BOOLEAN, false, false, Set.of("yes")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCustomerCarriesAValueOfEveryAttributeType() {
    defineOneAttributeOfEveryType();
    configuration.defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    AccountInfo account =
        CustomerFixtures.account("Alice", "Martin")
            .customAttribute("nickname", AttributeValue.text("Ali, \"the\" great"))
            .customAttribute("employees", AttributeValue.number(new BigDecimal("12.50")))
            .customAttribute("vip", AttributeValue.bool(false))
            .customAttribute("since", AttributeValue.dateTime(Instant.parse("2020-02-29T12:00:00Z")))
            .customAttribute("segment", AttributeValue.choice("SME"))
            .build();

    Customer customer =
        monetization.onboarding().submit(OnboardingRequest.builder().account(account).payment(PaymentInfo.invoice()).build()).customer();

    assertThat(customer.account().customAttributes()).isEqualTo(account.customAttributes());
    assertThat(monetization.customers().get(customer.id()).account().customAttributes())
        .isEqualTo(account.customAttributes());
  }

  @Test
  void optionalAttributesMayBeOmitted() {
    defineOneAttributeOfEveryType();
    configuration.defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));

    Customer customer = monetization.onboarding().submit(CustomerFixtures.onboarding("Alice", "Martin")).customer();

    assertThat(customer.account().customAttributes()).isEmpty();
  }

  @Test
  void unknownWronglyTypedAndDisallowedValuesAreAllRejectedAtOnce() {
    defineOneAttributeOfEveryType();
    configuration.defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    AccountInfo account =
        CustomerFixtures.account("Alice", "Martin")
            .customAttribute("shoeSize", AttributeValue.number(BigDecimal.TEN))
            .customAttribute("nickname", AttributeValue.bool(true))
            .customAttribute("employees", AttributeValue.text("twelve"))
            .customAttribute("vip", AttributeValue.text("true"))
            .customAttribute("since", AttributeValue.text("2020-02-29T12:00:00Z"))
            .customAttribute("segment", AttributeValue.choice("HUGE"))
            .build();
    CustomerState before = CustomerState.of(monetization);

    assertThatThrownBy(
            () -> monetization.onboarding().submit(
                OnboardingRequest.builder().account(account).payment(PaymentInfo.invoice()).build()).customer())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(CustomerTestBed.fields(e))
                  .containsExactlyInAnyOrder(
                      "account.customAttributes.shoeSize",
                      "account.customAttributes.nickname",
                      "account.customAttributes.employees",
                      "account.customAttributes.vip",
                      "account.customAttributes.since",
                      "account.customAttributes.segment");
              assertThat(e.getMessage()).contains("unknown custom attribute", "must be one of [LARGE, SME]");
            });
    assertThat(CustomerState.of(monetization)).isEqualTo(before);
    assertThat(events.events()).isEmpty();
  }

  @Test
  void aMandatoryAttributeMustBeGiven() {
    configuration.defineAttribute(
        CustomAttributeDefinition.enumeration(AttributeTarget.CUSTOMER, "segment", true, Set.of("SME", "LARGE")));
    configuration.defineAttribute(
        CustomAttributeDefinition.mandatory(AttributeTarget.CUSTOMER, "employees", AttributeType.NUMBER));
    configuration.defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    CustomerState before = CustomerState.of(monetization);

    assertThatThrownBy(() -> monetization.onboarding().submit(CustomerFixtures.onboarding("Alice", "Martin")).customer())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(CustomerTestBed.fields(e))
                .containsExactlyInAnyOrder("account.customAttributes.segment", "account.customAttributes.employees"));
    assertThat(CustomerState.of(monetization)).isEqualTo(before);
    assertThat(events.events()).isEmpty();

    AccountInfo complete =
        CustomerFixtures.account("Alice", "Martin")
            .customAttribute("segment", AttributeValue.choice("LARGE"))
            .customAttribute("employees", AttributeValue.number(new BigDecimal("250")))
            .build();
    Customer customer =
        monetization.onboarding().submit(OnboardingRequest.builder().account(complete).payment(PaymentInfo.invoice()).build()).customer();
    assertThat(customer.account().customAttributes()).containsEntry("segment", AttributeValue.choice("LARGE"));
  }

  @Test
  void aMandatoryCustomerAttributeCannotBeAddedOnceCustomersExist() {
    configuration.defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    monetization.onboarding().submit(CustomerFixtures.onboarding("Alice", "Martin")).customer();
    CustomerState before = CustomerState.of(monetization);
    events.clear();

    assertThatThrownBy(
            () -> configuration.defineAttribute(
                CustomAttributeDefinition.mandatory(AttributeTarget.CUSTOMER, "employees", AttributeType.NUMBER)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(CustomerTestBed.fields(e)).containsExactly("mandatory"));
    assertThatThrownBy(
            () -> configuration.defineAttribute(
                CustomAttributeDefinition.enumeration(AttributeTarget.CUSTOMER, "segment", true, Set.of("SME"))))
        .isInstanceOf(ValidationException.class);

    assertThat(configuration.attributes(AttributeTarget.CUSTOMER).definitions()).isEmpty();
    assertThat(CustomerState.of(monetization)).isEqualTo(before);
    assertThat(events.events()).isEmpty();
    // Optional customer attributes and mandatory attributes of other targets remain possible.
    configuration.defineAttribute(
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "employees", AttributeType.NUMBER));
    configuration.defineAttribute(
        CustomAttributeDefinition.mandatory(AttributeTarget.PRODUCT, "colour", AttributeType.STRING));
    assertThat(configuration.attributes(AttributeTarget.CUSTOMER).definitions()).containsOnlyKeys("employees");
    assertThat(configuration.attributes(AttributeTarget.PRODUCT).definitions()).containsOnlyKeys("colour");
  }

  private void defineOneAttributeOfEveryType() {
    for (CustomAttributeDefinition definition :
        List.of(
            CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "nickname", AttributeType.STRING),
            CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "employees", AttributeType.NUMBER),
            CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "vip", AttributeType.BOOLEAN),
            CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "since", AttributeType.DATE_TIME),
            CustomAttributeDefinition.enumeration(AttributeTarget.CUSTOMER, "segment", false, Set.of("SME", "LARGE")))) {
      configuration.defineAttribute(definition);
    }
  }
}
