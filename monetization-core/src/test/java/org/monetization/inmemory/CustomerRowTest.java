package org.monetization.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.Contact;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.PaymentInfo;
import org.monetization.customer.PaymentMethod;
import org.monetization.testing.CustomerFixtures;

/** {@link CustomerRow#matches} must decide exactly as {@link CustomerFilter#test}, on every combination. */
class CustomerRowTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  void matchesExactlyWhenTheFilterDoes() {
    List<Customer> customers = customers();
    List<CustomerFilter> filters = filters();
    int matches = 0;
    for (Customer customer : customers) {
      CustomerRow row = CustomerRow.of(customer);
      for (CustomerFilter filter : filters) {
        boolean expected = filter.test(customer);
        assertThat(row.matches(CustomerRow.Query.of(filter)))
            .as("%s on %s", filter, customer.account())
            .isEqualTo(expected);
        matches += expected ? 1 : 0;
      }
    }
    // Guards the matrix itself: it must exercise both outcomes plenty.
    assertThat(matches).isBetween(50, customers.size() * filters.size() - 50);
  }

  @Test
  void keepsTheCustomerAndItsCodedValues() {
    Customer customer = customers().get(1);

    CustomerRow row = CustomerRow.of(customer);

    assertThat(row.customer()).isSameAs(customer);
    assertThat(row.id()).isEqualTo(customer.id().value());
    assertThat(row.status()).isEqualTo(CustomerStatus.INACTIVE);
    assertThat(row.paymentMethod()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
    assertThat(row.fullName()).isEqualTo("anna müller");
  }

  private static List<Customer> customers() {
    return List.of(
        customer(1, "Camille", "Lefèvre", "lyon", "FR", PaymentInfo.invoice(), CustomerStatus.ACTIVE),
        customer(2, "Anna", "Müller", "MÜNCHEN", "de", CustomerFixtures.directDebit(), CustomerStatus.INACTIVE),
        customer(3, "İlker", "Yılmaz", "İstanbul", "TR", PaymentInfo.creditCard("I Y", "tok_1"), CustomerStatus.ACTIVE),
        customer(4, "Σοφία", "ΠΑΠΑΔΟΠΟΥΛΟΣ", "Αθήνα", "GR", PaymentInfo.invoice(), CustomerStatus.CLOSED),
        customerWithoutAddress(5, "Javier", "García"));
  }

  private static List<CustomerFilter> filters() {
    List<CustomerFilter> filters = new ArrayList<>();
    filters.add(CustomerFilter.none());
    for (String text : List.of("a", "LY", "lyon", "Lefèvre", "LEFÈVRE", "camille lef", "müller", "MÜN", "i̇stanbul",
        "istanbul", "İST", "ılmaz", "ILMAZ", "σοφία", "ΣΟΦΊΑ", "παπαδοπουλος", "ος", "69002", "rue", "@example",
        "garcía", "zzz")) {
      filters.add(CustomerFilter.builder().fullName(text).build());
      filters.add(CustomerFilter.builder().email(text).build());
      filters.add(CustomerFilter.builder().address(text).build());
      filters.add(CustomerFilter.builder().city(text).build());
    }
    for (String country : List.of("FR", "fr", "De", "TR", "ES")) {
      filters.add(CustomerFilter.builder().country(country).build());
    }
    for (CustomerStatus status : CustomerStatus.values()) {
      filters.add(CustomerFilter.builder().status(status).build());
      filters.add(CustomerFilter.builder().status(status).city("l").build());
    }
    for (PaymentMethod method : PaymentMethod.values()) {
      filters.add(CustomerFilter.builder().paymentMethod(method).build());
      filters.add(CustomerFilter.builder().paymentMethod(method).country("fr").fullName("a").build());
    }
    filters.add(CustomerFilter.builder().customerType("RESIDENTIAL").build());
    filters.add(CustomerFilter.builder().customerType("residential").build());
    filters.add(CustomerFilter.builder().customerType("BUSINESS").email("example").build());
    return filters;
  }

  private static Customer customer(
      long id, String first, String last, String city, String country, PaymentInfo payment, CustomerStatus status) {
    AccountInfo account =
        CustomerFixtures.account(first, last)
            .address(Address.of("12 rue de la Paix", city, null, country, "69002"))
            .build();
    return build(id, account, payment, status);
  }

  private static Customer customerWithoutAddress(long id, String first, String last) {
    AccountInfo account = CustomerFixtures.account(first, last).address(null).build();
    return build(id, account, PaymentInfo.invoice(), CustomerStatus.ACTIVE);
  }

  private static Customer build(long id, AccountInfo account, PaymentInfo payment, CustomerStatus status) {
    Contact primary =
        Contact.builder()
            .label("primary")
            .firstName(account.firstName())
            .lastName(account.lastName())
            .email(account.email())
            .build();
    return new Customer(
        CustomerId.of(id),
        account,
        payment,
        List.of(primary),
        status,
        T0,
        status == CustomerStatus.CLOSED ? T0 : null,
        0,
        0,
        0);
  }
}
