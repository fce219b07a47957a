package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CustomerTestBed.fields;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.monetization.config.BillingInterval;
import org.monetization.config.PaymentType;
import org.monetization.error.ValidationException;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerState;
import org.monetization.testing.CustomerTestBed;
import org.monetization.time.Validity;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.OnboardingSummary;
import org.monetization.onboarding.SharingSection;
import org.monetization.onboarding.HierarchySection;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.subscription.ProductChoice;

/** CUS-4 ids and initial status, CUS-5 onboarding and its summary, and onboarding's bad input. */
class OnboardingTest {
  private final CustomerTestBed bed = CustomerTestBed.create();
  private final Customers customers = bed.customers();

  @Test
  void onboardingCreatesAnActiveCustomerWithADerivedPrimaryContact() {
    AccountInfo account = CustomerFixtures.account("Alice", "Martin").organisation("Martin & Co").build();

    Customer customer =
        submit(OnboardingRequest.builder().account(account).payment(PaymentInfo.invoice()).build());

    assertThat(customer.account()).isEqualTo(account);
    assertThat(customer.payment()).isEqualTo(PaymentInfo.invoice());
    assertThat(customer.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(customer.createdAt()).isEqualTo(CustomerTestBed.START);
    assertThat(customer.closedAt()).isNull();
    assertThat(customer.contacts())
        .containsExactly(
            new Contact(
                OnboardingRequest.PRIMARY_CONTACT_LABEL,
                "Alice",
                "Martin",
                "alice.martin@example.com",
                "+33 6 12 34 56 78",
                "Martin & Co",
                account.address()));
    assertThat(customers.get(customer.id())).isEqualTo(customer);
    assertThat(customers.find(customer.id())).contains(customer);
  }

  @Test
  void explicitContactsReplaceTheDerivedOne() {
    OnboardingRequest request =
        OnboardingRequest.builder()
            .account(CustomerFixtures.account("Alice", "Martin").build())
            .payment(PaymentInfo.invoice())
            .contact(CustomerFixtures.contact("billing"))
            .contact(CustomerFixtures.contact("tech"))
            .build();

    Customer customer = submit(request);

    assertThat(customer.contacts())
        .containsExactly(CustomerFixtures.contact("billing"), CustomerFixtures.contact("tech"));
  }

  @Test
  void idsAreUniqueAndIncreaseWithEveryOnboarding() {
    List<CustomerId> ids =
        List.of(bed.onboard("A", "One").id(), bed.onboard("B", "Two").id(), bed.onboard("C", "Three").id());

    assertThat(ids).doesNotHaveDuplicates().isSortedAccordingTo(CustomerId::compareTo);
    assertThat(ids.get(0).value()).isPositive();
    // A failed onboarding does not make a later id smaller or reuse one.
    assertThatThrownBy(() -> submit(OnboardingRequest.builder().build()))
        .isInstanceOf(ValidationException.class);
    assertThat(bed.onboard("D", "Four").id()).isGreaterThan(ids.get(2));
  }

  @Test
  void eachPaymentMethodIsStored() {
    PaymentInfo card =
        PaymentInfo.creditCard("Alice Martin", "tok_1NqXyZ2eZvKYlo2C")
            .withBillingAddress(Address.of("5 quai Voltaire", "Paris", null, "FR", "75007"))
            .withTaxIds(Set.of("FR40303265045"));
    PaymentInfo debit = CustomerFixtures.directDebit();
    PaymentInfo invoice =
        PaymentInfo.invoice().withBillingAddress(Address.of("Postfach 12", "Berlin", "Berlin", "DE", "10115"));

    assertThat(onboardPaying(card).payment()).isEqualTo(card);
    assertThat(onboardPaying(debit).payment()).isEqualTo(debit);
    assertThat(onboardPaying(invoice).payment()).isEqualTo(invoice);
    assertThat(onboardPaying(card).payment().method()).isEqualTo(PaymentMethod.CREDIT_CARD);
  }

  @Test
  void aDirectDebitIbanAndBicAreStoredInCompactUpperCaseForm() {
    PaymentInfo spaced =
        PaymentInfo.directDebit("MANDATE-0001", LocalDate.parse("2026-01-02"), " cobadeffxxx ", "de89 3704 0044 0532 0130 00");

    Customer customer = onboardPaying(spaced);

    assertThat(customer.payment().details())
        .isEqualTo(
            new PaymentDetails.DirectDebit(
                "MANDATE-0001", LocalDate.parse("2026-01-02"), CustomerFixtures.BIC, CustomerFixtures.IBAN));
  }

  @Test
  void aMandateSignedTodayIsAccepted() {
    LocalDate today = LocalDate.parse("2026-03-02");

    Customer customer =
        onboardPaying(PaymentInfo.directDebit("M-1", today, CustomerFixtures.BIC, CustomerFixtures.IBAN));

    assertThat(((PaymentDetails.DirectDebit) customer.payment().details()).signatureDate()).isEqualTo(today);
  }

  // --- summary (dry run) ---

  @Test
  void previewReturnsWhatWouldBeCreatedAndCreatesNothing() {
    bed.onboard("Existing", "Customer");
    OnboardingRequest request =
        OnboardingRequest.builder()
            .account(CustomerFixtures.account("Alice", "Martin").build())
            .payment(PaymentInfo.directDebit("M-1", LocalDate.parse("2026-01-02"), "cobadeffxxx", "DE89 3704 0044 0532 0130 00"))
            .build();
    CustomerState before = bed.snapshot();

    OnboardingSummary summary = bed.onboarding().preview(request);

    assertThat(summary.account()).isEqualTo(request.account());
    assertThat(summary.payment())
        .isEqualTo(PaymentInfo.directDebit("M-1", LocalDate.parse("2026-01-02"), CustomerFixtures.BIC, CustomerFixtures.IBAN));
    assertThat(summary.contacts()).extracting(Contact::label).containsExactly(OnboardingRequest.PRIMARY_CONTACT_LABEL);
    assertThat(summary.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(summary.createdAt()).isEqualTo(CustomerTestBed.START);
    bed.assertNothingChangedSince(before);

    Customer created = submit(request);
    assertThat(created.account()).isEqualTo(summary.account());
    assertThat(created.payment()).isEqualTo(summary.payment());
    assertThat(created.contacts()).isEqualTo(summary.contacts());
    assertThat(created.status()).isEqualTo(summary.status());
  }

  @Test
  void previewOfABadRequestReportsTheSameErrorsAsSubmitting() {
    OnboardingRequest bad =
        OnboardingRequest.builder()
            .account(CustomerFixtures.account("Alice", "Martin").email("alice").build())
            .payment(PaymentInfo.creditCard(null, "tok"))
            .build();
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> bed.onboarding().preview(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e)).containsExactlyInAnyOrder("account.email", "payment.details.holderName"));
    assertThatThrownBy(() -> submit(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e)).containsExactlyInAnyOrder("account.email", "payment.details.holderName"));
    bed.assertNothingChangedSince(before);
  }

  // --- bad input: everything reported at once, nothing created ---

  @Test
  void everyMissingRequiredFieldIsReportedInOneException() {
    OnboardingRequest request =
        OnboardingRequest.builder()
            .account(
                AccountInfo.builder()
                    .lastName("Martin")
                    .address(new Address("1 rue de Rivoli", null, null, null, null))
                    .build())
            .payment(PaymentInfo.directDebit(null, null, null, null))
            .build();
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> submit(request))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e))
                .containsExactlyInAnyOrder(
                    "account.firstName",
                    "account.email",
                    "account.phone",
                    "account.customerType",
                    "account.address.city",
                    "account.address.state",
                    "account.address.country",
                    "payment.details.mandateId",
                    "payment.details.signatureDate",
                    "payment.details.bic",
                    "payment.details.iban"));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void missingSectionsAreReported() {
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> submit(OnboardingRequest.builder().build()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(fields(e)).containsExactlyInAnyOrder("account", "payment"));
    assertThatThrownBy(
            () -> submit(
                OnboardingRequest.builder()
                    .account(CustomerFixtures.account("Alice", "Martin").address(null).build())
                    .payment(PaymentInfo.creditCard(" ", null))
                    .build()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e))
                .containsExactlyInAnyOrder(
                    "account.address", "payment.details.holderName", "payment.details.gatewayToken"));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void malformedValuesAreRejected() {
    OnboardingRequest request =
        OnboardingRequest.builder()
            .account(
                CustomerFixtures.account("Alice", "x".repeat(256))
                    .email("alice@@example")
                    .phone("call me")
                    .address(Address.of("1 rue de Rivoli", "Paris", "IDF", "France", "75001"))
                    .build())
            .payment(
                PaymentInfo.invoice()
                    .withBillingAddress(new Address(null, "Paris", null, "ZZ", null))
                    .withTaxIds(Set.of("#nope")))
            .build();
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> submit(request))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e))
                .containsExactlyInAnyOrder(
                    "account.lastName",
                    "account.email",
                    "account.phone",
                    "account.address.country",
                    "payment.billingAddress.street",
                    "payment.billingAddress.country",
                    "payment.taxIds[0]"));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void anInvalidIbanIsRejected() {
    assertPaymentRejected(
        PaymentInfo.directDebit("M-1", LocalDate.parse("2026-01-02"), CustomerFixtures.BIC, "DE00370400440532013000"),
        "payment.details.iban");
    assertPaymentRejected(
        PaymentInfo.directDebit("M-1", LocalDate.parse("2026-01-02"), CustomerFixtures.BIC, "not an iban"),
        "payment.details.iban");
  }

  @Test
  void anInvalidBicIsRejected() {
    assertPaymentRejected(
        PaymentInfo.directDebit("M-1", LocalDate.parse("2026-01-02"), "COBA", CustomerFixtures.IBAN),
        "payment.details.bic");
    assertPaymentRejected(
        PaymentInfo.directDebit("M-1", LocalDate.parse("2026-01-02"), "COBAXXFFXXX", CustomerFixtures.IBAN),
        "payment.details.bic");
    assertPaymentRejected(
        PaymentInfo.directDebit("M-1", LocalDate.parse("2026-01-02"), "COBADEFFXX", CustomerFixtures.IBAN),
        "payment.details.bic");
  }

  @Test
  void aMandateSignedInTheFutureIsRejected() {
    assertPaymentRejected(
        PaymentInfo.directDebit("M-1", LocalDate.parse("2026-03-03"), CustomerFixtures.BIC, CustomerFixtures.IBAN),
        "payment.details.signatureDate");
  }

  @Test
  void aMandateIdOutsideTheSepaCharacterSetIsRejected() {
    assertPaymentRejected(
        PaymentInfo.directDebit("M".repeat(36), LocalDate.parse("2026-01-02"), CustomerFixtures.BIC, CustomerFixtures.IBAN),
        "payment.details.mandateId");
    assertPaymentRejected(
        PaymentInfo.directDebit("M_1", LocalDate.parse("2026-01-02"), CustomerFixtures.BIC, CustomerFixtures.IBAN),
        "payment.details.mandateId");
  }

  @Test
  void anUnknownCustomerTypeIsRejected() {
    CustomerState before = bed.snapshot();

    assertThatThrownBy(
            () -> submit(
                OnboardingRequest.builder()
                    .account(CustomerFixtures.account("Alice", "Martin").customerType("WHOLESALE").build())
                    .payment(PaymentInfo.invoice())
                    .build()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(fields(e)).containsExactly("account.customerType");
              assertThat(e.getMessage()).contains("WHOLESALE");
            });
    bed.assertNothingChangedSince(before);
  }

  @Test
  void anUnknownOrWronglyTypedCustomAttributeIsRejected() {
    CustomerState before = bed.snapshot();

    assertThatThrownBy(
            () -> submit(
                OnboardingRequest.builder()
                    .account(
                        CustomerFixtures.account("Alice", "Martin")
                            .customAttribute("vip", org.monetization.config.AttributeValue.bool(true))
                            .build())
                    .payment(PaymentInfo.invoice())
                    .build()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(fields(e)).containsExactly("account.customAttributes.vip"));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void invalidOrDuplicateContactsAreRejected() {
    OnboardingRequest request =
        OnboardingRequest.builder()
            .account(CustomerFixtures.account("Alice", "Martin").build())
            .payment(PaymentInfo.invoice())
            .contact(CustomerFixtures.contact("billing"))
            .contact(CustomerFixtures.contact("billing"))
            .contact(Contact.builder().label("no label!").firstName("A").lastName("B").email("a@b.io").build())
            .contact(Contact.builder().label("tech").build())
            .build();
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> submit(request))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e))
                .containsExactlyInAnyOrder(
                    "contacts[1].label",
                    "contacts[2].label",
                    "contacts[3].firstName",
                    "contacts[3].lastName",
                    "contacts[3].email"));
    bed.assertNothingChangedSince(before);
  }

  // --- sharing, hierarchy and subscription sections ---

  @Test
  void sharingAndHierarchyGroupsMustExistAndNoneDoYet() {
    CustomerState before = bed.snapshot();

    assertThatThrownBy(
            () -> submit(
                requestWith().sharing(new SharingSection(7)).hierarchy(new HierarchySection(0)).build()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(fields(e)).containsExactlyInAnyOrder("sharing.groupId", "hierarchy.groupId");
              assertThat(e.getMessage()).contains("unknown sharing group 7");
            });
    assertThatThrownBy(() -> bed.onboarding().preview(requestWith().hierarchy(new HierarchySection(3)).build()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(fields(e)).containsExactly("hierarchy.groupId"));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void aWellFormedSubscriptionIsRejectedForItsUnknownPlanAndPromotionCode() {
    SubscriptionSection subscription =
        new SubscriptionSection(
            PaymentType.POSTPAID,
            Monetary.getCurrency("EUR"),
            BillingInterval.MONTHLY,
            31,
            "MOBILE_M",
            List.of("WELCOME10"),
            "33612345678",
            List.of(
                new ProductChoice(
                    "CORE",
                    "VOICE",
                    BigDecimal.ONE,
                    Money.of(new BigDecimal("9.99"), "EUR"),
                    Validity.from(Instant.parse("2026-03-02T00:00:00Z")),
                    true,
                    "33612345678")));
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> submit(requestWith().subscription(subscription).build()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              // no catalog is published: the plan and the code are both unknown
              assertThat(fields(e)).containsExactly("subscription.planCode", "subscription.promotionCodes[0]");
              assertThat(e.getMessage())
                  .contains("unknown plan 'MOBILE_M'")
                  .contains("unknown promotion code 'WELCOME10'");
            });
    bed.assertNothingChangedSince(before);
  }

  @Test
  void everyBadFieldOfTheSubscriptionSectionIsReportedWithTheOtherSections() {
    SubscriptionSection subscription =
        new SubscriptionSection(
            null,
            null,
            null,
            32,
            " ",
            List.of("WELCOME10", ""),
            "  ",
            List.of(
                new ProductChoice(
                    "", " ", new BigDecimal("-1"), Money.of(new BigDecimal("-0.01"), "EUR"), null, false, " ")));
    OnboardingRequest request =
        OnboardingRequest.builder()
            .account(CustomerFixtures.account("Alice", "Martin").email(null).build())
            .payment(PaymentInfo.invoice())
            .subscription(subscription)
            .build();
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> submit(request))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(fields(e))
                .containsExactlyInAnyOrder(
                    "account.email",
                    "subscription.paymentType",
                    "subscription.currency",
                    "subscription.interval",
                    "subscription.billingDay",
                    "subscription.planCode",
                    "subscription.promotionCodes[0]",
                    "subscription.promotionCodes[1]",
                    "subscription.globalServiceIdentifier",
                    "subscription.products[0].bundleCode",
                    "subscription.products[0].productCode",
                    "subscription.products[0].quantity",
                    "subscription.products[0].value",
                    "subscription.products[0].serviceIdentifier"));
    bed.assertNothingChangedSince(before);
  }

  @Test
  void theBillingDayMustBeBetweenOneAndThirtyOne() {
    for (int day : new int[] {0, 32, -1}) {
      SubscriptionSection subscription =
          new SubscriptionSection(
              PaymentType.PREPAID, Monetary.getCurrency("EUR"), BillingInterval.MONTHLY, day, "PLAN", List.of(), null,
              List.of());
      assertThatThrownBy(() -> bed.onboarding().preview(requestWith().subscription(subscription).build()))
          .as("billing day %s", day)
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.hasErrorOn("subscription.billingDay")).isTrue());
    }
    SubscriptionSection first =
        new SubscriptionSection(
            PaymentType.PREPAID, Monetary.getCurrency("EUR"), BillingInterval.MONTHLY, 1, "PLAN", List.of(), null,
            List.of());
    assertThatThrownBy(() -> bed.onboarding().preview(requestWith().subscription(first).build()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(fields(e)).containsExactly("subscription.planCode"));
  }

  private OnboardingRequest.Builder requestWith() {
    return OnboardingRequest.builder()
        .account(CustomerFixtures.account("Alice", "Martin").build())
        .payment(PaymentInfo.invoice());
  }

  private Customer onboardPaying(PaymentInfo payment) {
    return submit(
        OnboardingRequest.builder().account(CustomerFixtures.account("Alice", "Martin").build()).payment(payment).build());
  }

  private void assertPaymentRejected(PaymentInfo payment, String field) {
    CustomerState before = bed.snapshot();
    assertThatThrownBy(() -> onboardPaying(payment))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly(field));
    bed.assertNothingChangedSince(before);
  }

  private Customer submit(OnboardingRequest request) {
    return bed.onboarding().submit(request).customer();
  }
}
