package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.CustomerTestBed;
import org.monetization.onboarding.OnboardingRequest;

/** CUS-1 the paginated customer list and CUS-2 its filters, through the public API. */
class CustomerListTest {
  private final CustomerTestBed bed = CustomerTestBed.create();
  private final Customers customers = bed.customers();
  private final List<Customer> people = new ArrayList<>();

  @BeforeEach
  void onboardFivePeople() {
    // 0 Alice Martin    Paris FR     RESIDENTIAL invoice      ACTIVE
    // 1 Bob Dupont      Lyon FR      BUSINESS    credit card  INACTIVE
    // 2 Chloé Durand    Bruxelles BE RESIDENTIAL direct debit ACTIVE
    // 3 David Martinez  Paris FR     BUSINESS    invoice      CLOSED   (street: rue de Lyon)
    // 4 Emma Schmidt    Berlin DE    RESIDENTIAL credit card  ACTIVE
    people.add(onboard("Alice", "Martin", Address.of("12 rue de Rivoli", "Paris", "IDF", "FR", "75001"), "RESIDENTIAL",
        PaymentInfo.invoice()));
    people.add(onboard("Bob", "Dupont", Address.of("3 place Bellecour", "Lyon", "ARA", "FR", "69002"), "BUSINESS",
        PaymentInfo.creditCard("Bob Dupont", "tok_bob")));
    people.add(onboard("Chloé", "Durand", Address.of("1 Grand-Place", "Bruxelles", "BRU", "BE", "1000"), "RESIDENTIAL",
        PaymentInfo.directDebit("M-2", LocalDate.parse("2026-01-02"), CustomerFixtures.BIC, CustomerFixtures.IBAN)));
    people.add(onboard("David", "Martinez", Address.of("8 rue de Lyon", "Paris", "IDF", "FR", "75012"), "BUSINESS",
        PaymentInfo.invoice()));
    people.add(onboard("Emma", "Schmidt", Address.of("Unter den Linden 5", "Berlin", "BE", "DE", "10117"),
        "RESIDENTIAL", PaymentInfo.creditCard("Emma Schmidt", "tok_emma")));
    people.set(1, customers.changeStatus(people.get(1).id(), CustomerStatus.INACTIVE));
    people.set(3, customers.close(people.get(3).id()));
  }

  // --- CUS-1 ---

  @Test
  void rowsCarryIdFullNameCountsAndTheFilteredColumns() {
    Page<CustomerSummary> page = customers.list(CustomerFilter.none(), PageRequest.first(10));

    assertThat(page.items())
        .containsExactly(
            new CustomerSummary(people.get(0).id(), "Alice Martin", "alice.martin@example.com", CustomerStatus.ACTIVE,
                "RESIDENTIAL", 0, 0),
            new CustomerSummary(people.get(1).id(), "Bob Dupont", "bob.dupont@example.com", CustomerStatus.INACTIVE,
                "BUSINESS", 0, 0),
            new CustomerSummary(people.get(2).id(), "Chloé Durand", "chloé.durand@example.com", CustomerStatus.ACTIVE,
                "RESIDENTIAL", 0, 0),
            new CustomerSummary(people.get(3).id(), "David Martinez", "david.martinez@example.com",
                CustomerStatus.CLOSED, "BUSINESS", 0, 0),
            new CustomerSummary(people.get(4).id(), "Emma Schmidt", "emma.schmidt@example.com", CustomerStatus.ACTIVE,
                "RESIDENTIAL", 0, 0));
    assertThat(page.totalCount()).isEqualTo(5);
    assertThat(page.hasNext()).isFalse();
    assertThat(customers.get(page.items().get(2).id())).isEqualTo(people.get(2));
  }

  @Test
  void pagesFollowIdOrderWithTheTotalCountOnEveryPage() {
    Page<CustomerSummary> first = customers.list(CustomerFilter.none(), PageRequest.first(2));
    Page<CustomerSummary> second = customers.list(CustomerFilter.none(), first.request().next());
    Page<CustomerSummary> third = customers.list(CustomerFilter.none(), second.request().next());
    Page<CustomerSummary> beyond = customers.list(CustomerFilter.none(), PageRequest.of(3, 2));

    assertThat(first.items()).extracting(CustomerSummary::id).containsExactly(people.get(0).id(), people.get(1).id());
    assertThat(second.items()).extracting(CustomerSummary::id).containsExactly(people.get(2).id(), people.get(3).id());
    assertThat(third.items()).extracting(CustomerSummary::id).containsExactly(people.get(4).id());
    assertThat(beyond.items()).isEmpty();
    assertThat(List.of(first, second, third, beyond)).allSatisfy(p -> assertThat(p.totalCount()).isEqualTo(5));
    assertThat(first.totalPages()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(second.hasNext()).isTrue();
    assertThat(third.hasNext()).isFalse();
  }

  @Test
  void theOrderIsStableAcrossEditsAndNewCustomers() {
    List<CustomerId> before = ids(customers.list(CustomerFilter.none(), PageRequest.first(10)));

    customers.editAccountInfo(people.get(0).id(), "BUSINESS", java.util.Map.of());
    customers.addContact(people.get(2).id(), CustomerFixtures.contact("billing"));
    customers.changeStatus(people.get(1).id(), CustomerStatus.ACTIVE);
    Customer newcomer = bed.onboard("Aaron", "Aardvark");

    List<CustomerId> after = ids(customers.list(CustomerFilter.none(), PageRequest.first(10)));
    assertThat(after.subList(0, 5)).isEqualTo(before);
    assertThat(after.get(5)).isEqualTo(newcomer.id());
  }

  @Test
  void anEmptyStoreListsOneEmptyPage() {
    Page<CustomerSummary> page =
        CustomerTestBed.create().customers().list(CustomerFilter.none(), PageRequest.first(20));

    assertThat(page.items()).isEmpty();
    assertThat(page.totalCount()).isZero();
    assertThat(page.totalPages()).isEqualTo(1);
    assertThat(page.hasNext()).isFalse();
  }

  // --- CUS-2 each criterion ---

  @Test
  void fullNameMatchesACaseInsensitiveSubstringOfFirstThenLastName() {
    assertMatches(CustomerFilter.builder().fullName("MARTIN").build(), 0, 3);
    assertMatches(CustomerFilter.builder().fullName("alice martin").build(), 0);
    assertMatches(CustomerFilter.builder().fullName("É DUR").build(), 2);
    assertMatches(CustomerFilter.builder().fullName("martin alice").build());
  }

  @Test
  void emailMatchesASubstring() {
    assertMatches(CustomerFilter.builder().email("DUPONT@").build(), 1);
    assertMatches(CustomerFilter.builder().email("@example.com").build(), 0, 1, 2, 3, 4);
    assertMatches(CustomerFilter.builder().email("@example.org").build());
  }

  @Test
  void addressMatchesAnyPartOfTheAccountAddress() {
    assertMatches(CustomerFilter.builder().address("rue de lyon").build(), 3);
    assertMatches(CustomerFilter.builder().address("lyon").build(), 1, 3);
    assertMatches(CustomerFilter.builder().address("75001").build(), 0);
    assertMatches(CustomerFilter.builder().address("bru").build(), 2);
  }

  @Test
  void cityMatchesASubstringOfTheCityOnly() {
    assertMatches(CustomerFilter.builder().city("lyon").build(), 1);
    assertMatches(CustomerFilter.builder().city("PAR").build(), 0, 3);
    assertMatches(CustomerFilter.builder().city("rue").build());
  }

  @Test
  void countryMatchesTheCodeIgnoringCase() {
    assertMatches(CustomerFilter.builder().country("be").build(), 2);
    assertMatches(CustomerFilter.builder().country("FR").build(), 0, 1, 3);
    assertMatches(CustomerFilter.builder().country("F").build());
  }

  @Test
  void statusMatchesExactly() {
    assertMatches(CustomerFilter.builder().status(CustomerStatus.ACTIVE).build(), 0, 2, 4);
    assertMatches(CustomerFilter.builder().status(CustomerStatus.INACTIVE).build(), 1);
    assertMatches(CustomerFilter.builder().status(CustomerStatus.CLOSED).build(), 3);
  }

  @Test
  void customerTypeMatchesTheCodeExactly() {
    assertMatches(CustomerFilter.builder().customerType("BUSINESS").build(), 1, 3);
    assertMatches(CustomerFilter.builder().customerType("RESIDENTIAL").build(), 0, 2, 4);
    assertMatches(CustomerFilter.builder().customerType("BUSI").build());
  }

  @Test
  void paymentMethodMatchesExactly() {
    assertMatches(CustomerFilter.builder().paymentMethod(PaymentMethod.INVOICE).build(), 0, 3);
    assertMatches(CustomerFilter.builder().paymentMethod(PaymentMethod.CREDIT_CARD).build(), 1, 4);
    assertMatches(CustomerFilter.builder().paymentMethod(PaymentMethod.DIRECT_DEBIT).build(), 2);
  }

  // --- CUS-2 combinations and reset ---

  @Test
  void combinedCriteriaMustAllMatch() {
    assertMatches(CustomerFilter.builder().city("paris").status(CustomerStatus.ACTIVE).build(), 0);
    assertMatches(CustomerFilter.builder().fullName("mart").customerType("BUSINESS").build(), 3);
    assertMatches(
        CustomerFilter.builder().country("fr").paymentMethod(PaymentMethod.INVOICE).status(CustomerStatus.ACTIVE).build(),
        0);
    assertMatches(
        CustomerFilter.builder()
            .fullName("Emma")
            .email("schmidt")
            .address("Linden")
            .city("Berlin")
            .country("DE")
            .status(CustomerStatus.ACTIVE)
            .customerType("RESIDENTIAL")
            .paymentMethod(PaymentMethod.CREDIT_CARD)
            .build(),
        4);
    assertMatches(
        CustomerFilter.builder().fullName("Emma").paymentMethod(PaymentMethod.INVOICE).build());
  }

  @Test
  void theResetFilterListsEveryone() {
    assertMatches(CustomerFilter.none(), 0, 1, 2, 3, 4);
    assertThat(CustomerFilter.none().isEmpty()).isTrue();
  }

  @Test
  void blankTextCriteriaAreNotSetAndTextIsStripped() {
    CustomerFilter blank = CustomerFilter.builder().fullName(" ").email("").address("\t").city("  ").country(" ")
        .customerType("").build();

    assertThat(blank).isEqualTo(CustomerFilter.none());
    assertThat(blank.isEmpty()).isTrue();
    assertMatches(blank, 0, 1, 2, 3, 4);
    assertMatches(CustomerFilter.builder().city("  lyon ").build(), 1);
  }

  @Test
  void pagingAppliesToTheFilteredList() {
    CustomerFilter residential = CustomerFilter.builder().customerType("RESIDENTIAL").build();

    Page<CustomerSummary> first = customers.list(residential, PageRequest.first(2));
    Page<CustomerSummary> second = customers.list(residential, PageRequest.of(1, 2));

    assertThat(ids(first)).containsExactly(people.get(0).id(), people.get(2).id());
    assertThat(ids(second)).containsExactly(people.get(4).id());
    assertThat(first.totalCount()).isEqualTo(3);
    assertThat(second.totalCount()).isEqualTo(3);
  }

  private void assertMatches(CustomerFilter filter, int... indexes) {
    List<CustomerId> expected = new ArrayList<>();
    for (int i : indexes) {
      expected.add(people.get(i).id());
    }
    Page<CustomerSummary> page = customers.list(filter, PageRequest.first(100));
    assertThat(ids(page)).as("filter %s", filter).containsExactlyElementsOf(expected);
    assertThat(page.totalCount()).as("total of %s", filter).isEqualTo(indexes.length);
  }

  private static List<CustomerId> ids(Page<CustomerSummary> page) {
    return page.items().stream().map(CustomerSummary::id).toList();
  }

  private Customer onboard(String first, String last, Address address, String type, PaymentInfo payment) {
    return bed.onboarding().submit(
        OnboardingRequest.builder()
            .account(CustomerFixtures.account(first, last).address(address).customerType(type).build())
            .payment(payment)
            .build()).customer();
  }
}
