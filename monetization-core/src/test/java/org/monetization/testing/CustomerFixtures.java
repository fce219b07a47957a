package org.monetization.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.monetization.config.AttributeValue;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.Contact;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.customer.PaymentInfo;

/** Realistic, valid customer data for tests of every module. */
public final class CustomerFixtures {
  /** A valid German IBAN (check digits correct), used in direct-debit fixtures. */
  public static final String IBAN = "DE89370400440532013000";
  /** A valid BIC. */
  public static final String BIC = "COBADEFFXXX";

  private CustomerFixtures() {}

  /** Returns valid account info of a French residential customer. */
  public static AccountInfo.Builder account(String firstName, String lastName) {
    return AccountInfo.builder()
        .firstName(firstName)
        .lastName(lastName)
        .email(firstName.toLowerCase() + "." + lastName.toLowerCase() + "@example.com")
        .phone("+33 6 12 34 56 78")
        .customerType("RESIDENTIAL")
        .address(Address.of("12 rue de Rivoli", "Paris", "Ile-de-France", "FR", "75001"));
  }

  /** Returns a valid onboarding request paying by invoice. */
  public static OnboardingRequest onboarding(String firstName, String lastName) {
    return OnboardingRequest.builder()
        .account(account(firstName, lastName).build())
        .payment(PaymentInfo.invoice())
        .build();
  }

  /** Returns valid SEPA direct-debit payment info. */
  public static PaymentInfo directDebit() {
    return PaymentInfo.directDebit("MANDATE-0001", LocalDate.parse("2026-01-02"), BIC, IBAN);
  }

  /** Returns a valid contact with the given label. */
  public static Contact contact(String label) {
    return Contact.builder()
        .label(label)
        .firstName("Jean")
        .lastName("Dupont")
        .email("jean.dupont@example.com")
        .phone("+33 1 23 45 67 89")
        .organisation("Dupont SARL")
        .address(new Address(null, "Lyon", null, "FR", "69001"))
        .build();
  }

  /**
   * Returns a complete customer aggregate for repository tests: every optional part set, custom attributes
   * of every type, three contacts, direct debit with billing address and tax ids.
   */
  public static Customer richCustomer(CustomerId id, Instant createdAt) {
    AccountInfo account =
        account("Amélie", "Poulain")
            .organisation("Café des 2 Moulins")
            .customAttribute("vip", AttributeValue.bool(true))
            .customAttribute("employees", AttributeValue.number(new BigDecimal("12.50")))
            .customAttribute("since", AttributeValue.dateTime(Instant.parse("2020-02-29T12:00:00Z")))
            .customAttribute("segment", AttributeValue.choice("SME"))
            .customAttribute("note", AttributeValue.text("prefers, \"quoted\" text"))
            .build();
    PaymentInfo payment =
        directDebit()
            .withBillingAddress(Address.of("1 place du Tertre", "Paris", null, "FR", "75018"))
            .withTaxIds(Set.of("FR40303265045", "FR-TVA-2"));
    return new Customer(
        id,
        account,
        payment,
        List.of(contact("billing"), contact("tech"), Contact.builder().label("minimal").firstName("A")
            .lastName("B").email("a@b.io").build()),
        CustomerStatus.ACTIVE,
        createdAt,
        null,
        2,
        5,
        0);
  }

  /** Returns a minimal customer aggregate: only required parts, one contact, invoice payment. */
  public static Customer plainCustomer(CustomerId id, String firstName, String lastName, Instant createdAt) {
    AccountInfo account = account(firstName, lastName).build();
    return new Customer(
        id,
        account,
        PaymentInfo.invoice(),
        List.of(Contact.builder().label("primary").firstName(firstName).lastName(lastName)
            .email(account.email()).build()),
        CustomerStatus.ACTIVE,
        createdAt,
        null,
        0,
        0,
        0);
  }
}
