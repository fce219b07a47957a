package org.monetization.examples.demo.customer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.monetization.config.AttributeValue;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.Contact;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.Customers;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.customer.PaymentInfo;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;

/**
 * The demo's customers: French, German, Belgian and Spanish households and companies, paying by invoice,
 * card (holder and gateway token only) or SEPA direct debit (IBANs with valid check digits and the BIC of
 * the bank their bank code belongs to). The email domains are reserved example domains.
 */
final class SampleCustomers {
  /** Business customer whose accounting contact the demo edits. */
  static final String SOPHIE_DUBOIS = "Sophie Dubois";
  /** Business customer the demo moves from card payment to direct debit. */
  static final String MAXIMILIAN_WEBER = "Maximilian Weber";
  /** Residential customer whose account the demo closes. */
  static final String HUGO_LAMBERT = "Hugo Lambert";

  private SampleCustomers() {}

  /** Returns the onboarding requests of every sample customer, in onboarding order. */
  static List<OnboardingRequest> requests() {
    return List.of(
        onboarding(
            resident("Camille", "Lefèvre", "+33 4 78 42 17 90", "FR",
                Address.of("14 rue de la République", "Lyon", "Auvergne-Rhône-Alpes", "FR", "69002")),
            PaymentInfo.directDebit(
                "MND-FR-2025-0001", LocalDate.of(2025, 3, 14), "PSSTFRPPLIL",
                "FR14 2004 1010 0505 0001 3M02 606")),
        onboarding(
            resident("Lukas", "Schneider", "+49 30 2345 6789", "DE",
                Address.of("Friedrichstraße 123", "Berlin", "Berlin", "DE", "10117")),
            PaymentInfo.directDebit(
                "MND-DE-2025-0002", LocalDate.of(2025, 5, 2), "COBADEFFXXX", "DE89370400440532013000")),
        onboarding(
            company("Sophie", "Dubois", "Dubois Architectes SARL", "dubois-architectes.example",
                "+33 1 42 68 53 00", "FR", 12,
                Address.of("8 boulevard Haussmann", "Paris", "Île-de-France", "FR", "75009")),
            PaymentInfo.invoice()
                .withBillingAddress(
                    Address.of("27 rue du Faubourg Saint-Antoine", "Paris", "Île-de-France", "FR", "75011"))
                .withTaxIds(Set.of("FR40303265045")),
            contact("accounting", "Élodie", "Martin", "compta@dubois-architectes.example",
                "+33 1 42 68 53 01")),
        onboarding(
            company("Maximilian", "Weber", "Weber Logistik GmbH", "weber-logistik.example",
                "+49 89 3090 4400", "DE", 85,
                Address.of("Leopoldstraße 45", "München", "Bayern", "DE", "80802")),
            PaymentInfo.creditCard("Maximilian Weber", "tok_visa_8f3a21c9d4e7")
                .withTaxIds(Set.of("DE129273398")),
            contact("it", "Jonas", "Becker", "it@weber-logistik.example", "+49 89 3090 4410")),
        onboarding(
            resident("Lotte", "Peeters", "+32 3 234 56 78", "NL",
                Address.of("Meir 50", "Antwerpen", "Antwerpen", "BE", "2000")),
            PaymentInfo.directDebit(
                "MND-BE-2025-0005", LocalDate.of(2025, 9, 30), "KREDBEBB", "BE85 7340 1935 1206")),
        onboarding(
            resident("Javier", "García", "+34 912 345 678", "ES",
                Address.of("Calle de Alcalá 42", "Madrid", "Comunidad de Madrid", "ES", "28014")),
            PaymentInfo.directDebit(
                "MND-ES-2025-0006", LocalDate.of(2025, 1, 20), "CAIXESBBXXX", "ES9121000418450200051332")),
        onboarding(
            company("Lucía", "Fernández", "Fernández Consultores S.L.", "fernandez-consultores.example",
                "+34 934 567 890", "ES", 8,
                Address.of("Passeig de Gràcia 21", "Barcelona", "Cataluña", "ES", "08007")),
            PaymentInfo.creditCard("Lucía Fernández", "tok_mc_2b7e9f0a1c55")
                .withTaxIds(Set.of("ESB65410011"))),
        onboarding(
            resident("Hugo", "Lambert", "+32 2 512 34 56", "FR",
                Address.of("Rue Neuve 15", "Bruxelles", "Bruxelles-Capitale", "BE", "1000")),
            PaymentInfo.invoice()),
        onboarding(
            resident("Anna", "Müller", "+49 40 3288 1234", "DE",
                Address.of("Mönckebergstraße 7", "Hamburg", "Hamburg", "DE", "20095")),
            PaymentInfo.creditCard("Anna Müller", "tok_visa_5c1d8e3f9a02")),
        onboarding(
            company("Julien", "Moreau", "Moreau Transports SAS", "moreau-transports.example",
                "+33 4 72 56 78 90", "FR", 40,
                Address.of("25 cours Charlemagne", "Lyon", "Auvergne-Rhône-Alpes", "FR", "69002")),
            PaymentInfo.directDebit(
                    "MND-FR-2025-0010", LocalDate.of(2025, 11, 3), "AGRIFRPPXXX",
                    "FR7630006000011234567890189")
                .withTaxIds(Set.of("FR83404833048")),
            contact("billing", "Nathalie", "Roux", "factures@moreau-transports.example", "+33 4 72 56 78 91")),
        onboarding(
            company("Emma", "Janssens", "Janssens & Co BV", "janssens-co.example", "+32 9 223 45 67", "NL", 5,
                Address.of("Veldstraat 30", "Gent", "Oost-Vlaanderen", "BE", "9000")),
            PaymentInfo.directDebit(
                    "MND-BE-2025-0011", LocalDate.of(2025, 6, 16), "GEBABEBB", "BE21 0012 3456 7803")
                .withTaxIds(Set.of("BE0123456749"))));
  }

  /**
   * Returns the one customer with exactly this full name, found through the list's name filter as a host
   * application's search box would.
   *
   * @param customers the customer service
   * @param fullName first name then last name
   * @return the customer
   * @throws IllegalStateException if no customer or more than one has that name
   */
  static Customer named(Customers customers, String fullName) {
    Page<CustomerSummary> matches =
        customers.list(CustomerFilter.builder().fullName(fullName).build(), PageRequest.first(10));
    List<CustomerSummary> exact =
        matches.items().stream().filter(summary -> summary.fullName().equals(fullName)).toList();
    if (exact.size() != 1) {
      throw new IllegalStateException("expected one customer named " + fullName + " but found " + exact.size());
    }
    return customers.get(exact.get(0).id());
  }

  private static AccountInfo resident(
      String firstName, String lastName, String phone, String language, Address address) {
    return AccountInfo.builder()
        .firstName(firstName)
        .lastName(lastName)
        .email(mailbox(firstName, lastName) + "@example.com")
        .phone(phone)
        .customerType(ConfigurationStep.RESIDENTIAL.code())
        .address(address)
        .customAttribute(ConfigurationStep.LANGUAGE, AttributeValue.choice(language))
        .build();
  }

  private static AccountInfo company(
      String firstName,
      String lastName,
      String organisation,
      String domain,
      String phone,
      String language,
      int employees,
      Address address) {
    return AccountInfo.builder()
        .firstName(firstName)
        .lastName(lastName)
        .email(mailbox(firstName, lastName) + "@" + domain)
        .phone(phone)
        .customerType(ConfigurationStep.BUSINESS.code())
        .organisation(organisation)
        .address(address)
        .customAttribute(ConfigurationStep.LANGUAGE, AttributeValue.choice(language))
        .customAttribute(ConfigurationStep.EMPLOYEES, AttributeValue.number(BigDecimal.valueOf(employees)))
        .build();
  }

  /** Returns "first.last" in lower-case ASCII, as mail providers spell names with accents. */
  private static String mailbox(String firstName, String lastName) {
    String name = (firstName + "." + lastName).toLowerCase(Locale.ROOT).replace("ü", "ue");
    return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static Contact contact(String label, String firstName, String lastName, String email, String phone) {
    return Contact.builder()
        .label(label)
        .firstName(firstName)
        .lastName(lastName)
        .email(email)
        .phone(phone)
        .build();
  }

  /**
   * Returns the request; with extra contacts, the account holder is added first as the "primary" contact,
   * which the SDK only derives by itself when a request names no contact at all.
   */
  private static OnboardingRequest onboarding(AccountInfo account, PaymentInfo payment, Contact... extra) {
    OnboardingRequest.Builder request = OnboardingRequest.builder().account(account).payment(payment);
    if (extra.length > 0) {
      request.contact(
          Contact.builder()
              .label(OnboardingRequest.PRIMARY_CONTACT_LABEL)
              .firstName(account.firstName())
              .lastName(account.lastName())
              .email(account.email())
              .phone(account.phone())
              .organisation(account.organisation())
              .address(account.address())
              .build());
      for (Contact contact : extra) {
        request.contact(contact);
      }
    }
    return request.build();
  }
}
