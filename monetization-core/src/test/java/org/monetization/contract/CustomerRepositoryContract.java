package org.monetization.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.customer.Address;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.PaymentInfo;
import org.monetization.customer.PaymentMethod;
import org.monetization.error.ConflictException;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;
import org.monetization.testing.CustomerFixtures;

/** What every {@link org.monetization.spi.CustomerRepository} must do. */
public abstract class CustomerRepositoryContract extends StoreContractSupport {

  @Test
  void storesAndReadsBackACompleteAggregateUnchanged() {
    Customer rich = CustomerFixtures.richCustomer(tx(() -> store.customers().nextId()), T0);

    Customer stored = insert(rich);

    assertThat(stored).isEqualTo(rich.withVersion(0));
    assertThat(store.customers().find(rich.id())).contains(stored);
  }

  @Test
  void idsIncreaseAndAreNeverReused() {
    CustomerId first = tx(() -> store.customers().nextId());
    CustomerId second = tx(() -> store.customers().nextId());
    insert(CustomerFixtures.plainCustomer(second, "A", "B", T0));
    tx(() -> store.customers().delete(second));

    CustomerId third = tx(() -> store.customers().nextId());

    assertThat(second.value()).isGreaterThan(first.value());
    assertThat(third.value()).isGreaterThan(second.value());
  }

  @Test
  void aBlockOfIdsIncreasesAndLiesAboveEveryEarlierId() {
    CustomerId before = tx(() -> store.customers().nextId());

    List<CustomerId> block = tx(() -> store.customers().nextIds(60)); // more than one JDBC batch
    CustomerId after = tx(() -> store.customers().nextId());

    assertThat(block).hasSize(60).doesNotHaveDuplicates().isSortedAccordingTo(CustomerId::compareTo);
    assertThat(block.get(0).value()).isGreaterThan(before.value());
    assertThat(after.value()).isGreaterThan(block.get(59).value());
    assertThat(tx(() -> store.customers().nextIds(1))).singleElement()
        .satisfies(id -> assertThat(id.value()).isGreaterThan(after.value()));
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(store.customers().find(CustomerId.of(987_654))).isEmpty();
  }

  @Test
  void rejectsASecondInsertWithTheSameId() {
    CustomerId id = tx(() -> store.customers().nextId());
    insert(CustomerFixtures.plainCustomer(id, "A", "B", T0));

    assertThatThrownBy(() -> insert(CustomerFixtures.plainCustomer(id, "C", "D", T0)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThat(store.customers().find(id).orElseThrow().fullName()).isEqualTo("A B");
  }

  @Test
  void updateReplacesTheAggregateAndBumpsTheVersion() {
    Customer stored = insert(CustomerFixtures.richCustomer(tx(() -> store.customers().nextId()), T0));
    Customer changed =
        stored
            .withPayment(PaymentInfo.creditCard("Amélie Poulain", "tok_visa_4242"))
            .withContacts(List.of(CustomerFixtures.contact("only")))
            .withStatus(CustomerStatus.CLOSED, T0.plusSeconds(60));

    Customer updated = tx(() -> store.customers().update(changed));

    assertThat(updated.version()).isEqualTo(1);
    assertThat(store.customers().find(stored.id())).contains(changed.withVersion(1));
  }

  @Test
  void rejectsAnUpdateOfAStaleVersion() {
    Customer stored = insert(CustomerFixtures.plainCustomer(tx(() -> store.customers().nextId()), "A", "B", T0));
    tx(() -> store.customers().update(stored.withStatus(CustomerStatus.INACTIVE, T0)));

    assertThatThrownBy(() -> tx(() -> store.customers().update(stored.withStatus(CustomerStatus.ACTIVE, T0))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
    assertThat(store.customers().find(stored.id()).orElseThrow().status()).isEqualTo(CustomerStatus.INACTIVE);
  }

  @Test
  void rejectsAnUpdateOfADeletedCustomer() {
    Customer stored = insert(CustomerFixtures.plainCustomer(tx(() -> store.customers().nextId()), "A", "B", T0));
    tx(() -> store.customers().delete(stored.id()));

    assertThatThrownBy(() -> tx(() -> store.customers().update(stored)))
        .isInstanceOf(ConflictException.class);
    assertThat(store.customers().find(stored.id())).isEmpty();
  }

  @Test
  void deleteRemovesTheCustomerAndReportsWhetherItExisted() {
    Customer stored = insert(CustomerFixtures.richCustomer(tx(() -> store.customers().nextId()), T0));

    assertThat(tx(() -> store.customers().delete(stored.id()))).isTrue();
    assertThat(tx(() -> store.customers().delete(stored.id()))).isFalse();
    assertThat(store.customers().find(stored.id())).isEmpty();
    assertThat(store.customers().count()).isZero();
  }

  @Test
  void pagesAreOrderedByIdAndCountEveryMatch() {
    List<Customer> all = insertPeople(7);

    Page<CustomerSummary> first = store.customers().page(CustomerFilter.none(), PageRequest.of(0, 3));
    Page<CustomerSummary> last = store.customers().page(CustomerFilter.none(), PageRequest.of(2, 3));

    assertThat(first.totalCount()).isEqualTo(7);
    assertThat(first.items()).extracting(CustomerSummary::id)
        .containsExactly(all.get(0).id(), all.get(1).id(), all.get(2).id());
    assertThat(last.items()).extracting(CustomerSummary::id).containsExactly(all.get(6).id());
    assertThat(store.customers().page(CustomerFilter.none(), PageRequest.of(5, 3)).items()).isEmpty();
  }

  @Test
  void substringSearchesPageAndCountLikeTheWholeList() {
    List<Customer> all = insertPeople(7);
    CustomerFilter smiths = CustomerFilter.builder().fullName("smith").build();
    CustomerFilter lyon = CustomerFilter.builder().city("lyon").status(CustomerStatus.ACTIVE).build();

    Page<CustomerSummary> last = store.customers().page(smiths, PageRequest.of(2, 3));
    Page<CustomerSummary> pastTheEnd = store.customers().page(smiths, PageRequest.of(5, 3));
    Page<CustomerSummary> second = store.customers().page(lyon, PageRequest.of(1, 1));

    assertThat(last.items()).extracting(CustomerSummary::id).containsExactly(all.get(6).id());
    assertThat(last.totalCount()).isEqualTo(7);
    assertThat(pastTheEnd.items()).isEmpty();
    assertThat(pastTheEnd.totalCount()).isEqualTo(7);
    assertThat(second.items()).extracting(CustomerSummary::id).containsExactly(all.get(5).id());
    assertThat(second.totalCount()).isEqualTo(2);
  }

  @Test
  void summariesCarryNameEmailStatusTypeAndCounts() {
    Customer rich = insert(CustomerFixtures.richCustomer(tx(() -> store.customers().nextId()), T0));

    CustomerSummary row = store.customers().page(CustomerFilter.none(), PageRequest.first(10)).items().get(0);

    assertThat(row).isEqualTo(CustomerSummary.of(rich));
    assertThat(row.subscriptions()).isEqualTo(2);
    assertThat(row.services()).isEqualTo(5);
  }

  @Test
  void filtersByEachCriterion() {
    List<Customer> people = insertPeople(6);
    // people[i]: names Person0..5, city alternates Paris/Lyon, country FR except #5 in BE,
    // #1 INACTIVE, #2 BUSINESS, #3 direct debit, #4 closed.
    assertMatches(CustomerFilter.builder().fullName("PERSON3 smith").build(), people, 3);
    assertMatches(CustomerFilter.builder().email("person4.").build(), people, 4);
    assertMatches(CustomerFilter.builder().address("rue du lac").build(), people, 5);
    assertMatches(CustomerFilter.builder().city("lyon").build(), people, 1, 3, 5);
    assertMatches(CustomerFilter.builder().country("be").build(), people, 5);
    assertMatches(CustomerFilter.builder().status(CustomerStatus.INACTIVE).build(), people, 1);
    assertMatches(CustomerFilter.builder().status(CustomerStatus.CLOSED).build(), people, 4);
    assertMatches(CustomerFilter.builder().customerType("BUSINESS").build(), people, 2);
    assertMatches(CustomerFilter.builder().paymentMethod(PaymentMethod.DIRECT_DEBIT).build(), people, 3);
    assertMatches(
        CustomerFilter.builder().city("Paris").status(CustomerStatus.ACTIVE).country("FR").build(), people, 0, 2);
    assertMatches(CustomerFilter.builder().fullName("nobody").build(), people);
  }

  @Test
  void textCriteriaTreatWildcardCharactersLiterally() {
    List<Customer> people = insertPeople(3);
    assertMatches(CustomerFilter.builder().fullName("%").build(), people);
    assertMatches(CustomerFilter.builder().email("_").build(), people);
  }

  @Test
  void chunksWalkTheMatchesInIdOrderFromAKey() {
    List<Customer> all = insertPeople(5);
    CustomerFilter active = CustomerFilter.builder().status(CustomerStatus.ACTIVE).build();

    List<Customer> first = store.customers().chunk(active, null, 2);
    List<Customer> next = store.customers().chunk(active, first.get(1).id(), 2);

    assertThat(first).extracting(Customer::id).containsExactly(all.get(0).id(), all.get(2).id());
    assertThat(next).extracting(Customer::id).containsExactly(all.get(3).id());
    assertThat(first.get(0)).isEqualTo(all.get(0));
  }

  @Test
  void findsClosedCustomersBeforeACutoff() {
    CustomerId a = tx(() -> store.customers().nextId());
    CustomerId b = tx(() -> store.customers().nextId());
    CustomerId c = tx(() -> store.customers().nextId());
    insert(CustomerFixtures.plainCustomer(a, "A", "A", T0).withStatus(CustomerStatus.CLOSED, T0));
    insert(CustomerFixtures.plainCustomer(b, "B", "B", T0).withStatus(CustomerStatus.CLOSED, T0.plus(Duration.ofDays(2))));
    insert(CustomerFixtures.plainCustomer(c, "C", "C", T0));

    assertThat(store.customers().closedBefore(T0.plus(Duration.ofDays(1)), 10)).containsExactly(a);
    assertThat(store.customers().closedBefore(T0.plus(Duration.ofDays(3)), 10)).containsExactly(a, b);
    assertThat(store.customers().closedBefore(T0.plus(Duration.ofDays(3)), 1)).containsExactly(a);
  }

  private void assertMatches(CustomerFilter filter, List<Customer> people, int... indexes) {
    List<CustomerId> expected = new ArrayList<>();
    for (int i : indexes) {
      expected.add(people.get(i).id());
    }
    assertThat(store.customers().page(filter, PageRequest.first(100)).items())
        .as("filter %s", filter)
        .extracting(CustomerSummary::id)
        .containsExactlyElementsOf(expected);
    assertThat(store.customers().page(filter, PageRequest.first(100)).totalCount()).isEqualTo(indexes.length);
    assertThat(store.customers().chunk(filter, null, 100)).extracting(Customer::id).containsExactlyElementsOf(expected);
  }

  private List<Customer> insertPeople(int count) {
    List<Customer> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int n = i;
      Customer customer =
          tx(
              () -> {
                CustomerId id = store.customers().nextId();
                Customer c = CustomerFixtures.plainCustomer(id, "Person" + n, "Smith", T0);
                Address address =
                    n == 5
                        ? Address.of("3 rue du Lac", "Lyon", "Brabant", "BE", "1000")
                        : Address.of(n + " avenue Foch", n % 2 == 0 ? "Paris" : "Lyon", "IDF", "FR", null);
                c = c.withAccount(
                    c.account().toBuilder()
                        .address(address)
                        .customerType(n == 2 ? "BUSINESS" : "RESIDENTIAL")
                        .build());
                if (n == 1) {
                  c = c.withStatus(CustomerStatus.INACTIVE, T0);
                }
                if (n == 3) {
                  c = c.withPayment(CustomerFixtures.directDebit());
                }
                if (n == 4) {
                  c = c.withStatus(CustomerStatus.CLOSED, T0);
                }
                return store.customers().insert(c);
              });
      people.add(customer);
    }
    return people;
  }
}
