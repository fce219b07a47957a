package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CustomerTestBed.fields;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.config.AttributeTarget;
import org.monetization.config.AttributeType;
import org.monetization.config.AttributeValue;
import org.monetization.config.Configuration;
import org.monetization.config.CustomAttributeDefinition;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.testing.CustomerState;
import org.monetization.testing.CustomerTestBed;
import org.monetization.onboarding.OnboardingRequest;

/** CUS-6: only the customer type and the custom attribute values of an account can be edited. */
class AccountInfoEditTest {
  private final CustomerTestBed bed = CustomerTestBed.create();
  private final Customers customers = bed.customers();
  private Customer alice;

  @BeforeEach
  void defineAttributesAndOnboard() {
    Configuration configuration = bed.monetization().configuration();
    configuration.defineAttribute(
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "vip", AttributeType.BOOLEAN));
    configuration.defineAttribute(
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "employees", AttributeType.NUMBER));
    configuration.defineAttribute(
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "since", AttributeType.DATE_TIME));
    configuration.defineAttribute(
        CustomAttributeDefinition.enumeration(AttributeTarget.CUSTOMER, "segment", false, Set.of("SME", "LARGE")));
    alice = bed.onboard("Alice", "Martin");
  }

  @Test
  void replacesTheTypeAndTheAttributesAndNothingElse() {
    Map<String, AttributeValue> attributes =
        Map.of(
            "vip", AttributeValue.bool(true),
            "employees", AttributeValue.number(new BigDecimal("250")),
            "since", AttributeValue.dateTime(Instant.parse("2019-06-01T00:00:00Z")),
            "segment", AttributeValue.choice("LARGE"));

    Customer edited = customers.editAccountInfo(alice.id(), "BUSINESS", attributes);

    AccountInfo expected = new AccountInfo(
        "Alice", "Martin", "alice.martin@example.com", "+33 6 12 34 56 78", "BUSINESS", null,
        alice.account().address(), attributes);
    assertThat(edited.account()).isEqualTo(expected);
    assertThat(edited)
        .usingRecursiveComparison()
        .ignoringFields("account", "version")
        .isEqualTo(alice);
    assertThat(edited.version()).isEqualTo(alice.version() + 1);
    assertThat(customers.get(alice.id())).isEqualTo(edited);
  }

  @Test
  void theAttributesGivenReplaceTheWholeSet() {
    customers.editAccountInfo(
        alice.id(), "RESIDENTIAL", Map.of("vip", AttributeValue.bool(true), "segment", AttributeValue.choice("SME")));

    Customer edited = customers.editAccountInfo(alice.id(), "RESIDENTIAL", Map.of("vip", AttributeValue.bool(false)));

    assertThat(edited.account().customAttributes()).containsExactly(Map.entry("vip", AttributeValue.bool(false)));
  }

  @Test
  void anUnknownTypeAndBadAttributesAreAllReportedAndNothingChanges() {
    CustomerState before = bed.snapshot();

    assertThatThrownBy(
            () -> customers.editAccountInfo(
                alice.id(),
                "WHOLESALE",
                Map.of(
                    "colour", AttributeValue.text("red"),
                    "vip", AttributeValue.text("yes"),
                    "employees", AttributeValue.bool(true),
                    "segment", AttributeValue.choice("MEGA"))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e))
                .containsExactlyInAnyOrder(
                    "customerType",
                    "customAttributes.colour",
                    "customAttributes.vip",
                    "customAttributes.employees",
                    "customAttributes.segment"));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void aBlankTypeIsRequired() {
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> customers.editAccountInfo(alice.id(), " ", Map.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(fields(e)).containsExactly("customerType"));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void aMandatoryAttributeCannotBeDropped() {
    CustomerTestBed fresh = CustomerTestBed.create();
    fresh.monetization().configuration().defineAttribute(
        CustomAttributeDefinition.enumeration(AttributeTarget.CUSTOMER, "segment", true, Set.of("SME", "LARGE")));
    Customer bob =
        fresh.onboarding().submit(
            OnboardingRequest.builder()
                .account(
                    org.monetization.testing.CustomerFixtures.account("Bob", "Dupont")
                        .customAttribute("segment", AttributeValue.choice("SME"))
                        .build())
                .payment(PaymentInfo.invoice())
                .build()).customer();
    CustomerState before = fresh.snapshot();

    assertThatThrownBy(() -> fresh.customers().editAccountInfo(bob.id(), "BUSINESS", Map.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(fields(e)).containsExactly("customAttributes.segment"));
    fresh.assertNothingChangedSince(before);
  }

  @Test
  void anUnknownCustomerIsNotFound() {
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> customers.editAccountInfo(CustomerId.of(999), "BUSINESS", Map.of()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("999");
    bed.assertNothingChangedSince(before);
  }
}
