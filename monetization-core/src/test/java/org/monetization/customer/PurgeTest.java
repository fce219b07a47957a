package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.error.NotFoundException;
import org.monetization.event.DomainEvent;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.paging.PageRequest;
import org.monetization.testing.CustomerTestBed;
import org.monetization.testing.ForwardingCustomerRepository;
import org.monetization.testing.ForwardingStore;

/** CUS-8: the purge job deletes closed accounts once the retention has passed, chunk by chunk, re-runnably. */
class PurgeTest {
  private static final Duration RETENTION = Duration.ofDays(30);

  private final CustomerTestBed bed = CustomerTestBed.create(builder -> builder.closedAccountRetention(RETENTION));
  private final Customers customers = bed.customers();

  @Test
  void aClosedAccountIsKeptDuringTheRetentionAndPurgedAfterIt() {
    Customer alice = bed.onboard("Alice", "Martin");
    Customer bob = bed.onboard("Bob", "Dupont");
    Instant closedAt = customers.close(alice.id()).closedAt();

    bed.clock().advance(RETENTION.minusSeconds(1));
    PurgeReport early = customers.purgeClosedAccounts();

    assertThat(early.purged()).isEmpty();
    assertThat(early.cutoff()).isEqualTo(bed.clock().instant().minus(RETENTION));
    assertThat(customers.get(alice.id()).status()).isEqualTo(CustomerStatus.CLOSED);

    bed.clock().advance(Duration.ofSeconds(2));
    bed.events().clear();
    PurgeReport due = customers.purgeClosedAccounts();

    assertThat(due.purged()).containsExactly(alice.id());
    assertThat(due.cutoff()).isAfter(closedAt);
    assertThat(customers.find(alice.id())).isEmpty();
    assertThatThrownBy(() -> customers.get(alice.id())).isInstanceOf(NotFoundException.class);
    assertThat(customers.get(bob.id())).isEqualTo(bob);
    assertThat(customers.list(CustomerFilter.none(), PageRequest.first(10)).items())
        .extracting(CustomerSummary::id)
        .containsExactly(bob.id());
    assertThat(bed.events().events())
        .containsExactly(new CustomerEvent.Purged(alice.id(), bed.clock().instant()));
  }

  @Test
  void onlyAccountsClosedLongEnoughArePurged() {
    Customer early = bed.onboard("Early", "Closer");
    Customer late = bed.onboard("Late", "Closer");
    Customer open = bed.onboard("Still", "Open");
    Customer suspended = bed.onboard("Suspended", "Account");
    customers.changeStatus(suspended.id(), CustomerStatus.INACTIVE);
    customers.close(early.id());
    bed.clock().advance(Duration.ofDays(20));
    customers.close(late.id());
    bed.clock().advance(Duration.ofDays(15));

    PurgeReport report = customers.purgeClosedAccounts();

    assertThat(report.purged()).containsExactly(early.id());
    assertThat(customers.find(late.id())).isPresent();
    assertThat(customers.find(open.id())).isPresent();
    assertThat(customers.find(suspended.id())).isPresent();

    bed.clock().advance(Duration.ofDays(20));
    assertThat(customers.purgeClosedAccounts().purged()).containsExactly(late.id());
    assertThat(customers.find(open.id())).isPresent();
    assertThat(customers.find(suspended.id())).isPresent();
  }

  @Test
  void aSecondRunPurgesNothing() {
    Customer alice = bed.onboard("Alice", "Martin");
    customers.close(alice.id());
    bed.clock().advance(RETENTION.plusDays(1));
    assertThat(customers.purgeClosedAccounts().purged()).containsExactly(alice.id());
    bed.events().clear();

    PurgeReport again = customers.purgeClosedAccounts();

    assertThat(again.purged()).isEmpty();
    assertThat(bed.events().events()).isEmpty();
    assertThat(bed.monetization().store().customers().count()).isZero();
  }

  @Test
  void theDefaultRetentionApplies() {
    CustomerTestBed defaults = CustomerTestBed.create();
    Customer alice = defaults.onboard("Alice", "Martin");
    defaults.customers().close(alice.id());

    defaults.clock().advance(Monetization.Builder.DEFAULT_CLOSED_ACCOUNT_RETENTION.minusDays(1));
    assertThat(defaults.customers().purgeClosedAccounts().purged()).isEmpty();

    defaults.clock().advance(Duration.ofDays(2));
    assertThat(defaults.customers().purgeClosedAccounts().purged()).containsExactly(alice.id());
  }

  @Test
  void manyClosedAccountsArePurgedInSeveralChunks() {
    List<Integer> chunkLimits = new ArrayList<>();
    InMemoryStore memory = InMemoryStore.create();
    ForwardingStore store =
        new ForwardingStore(
            memory,
            new ForwardingCustomerRepository(memory.customers()) {
              @Override
              public List<CustomerId> closedBefore(Instant cutoff, int limit) {
                chunkLimits.add(limit);
                return super.closedBefore(cutoff, limit);
              }
            });
    CustomerTestBed big =
        CustomerTestBed.create(builder -> builder.store(store).closedAccountRetention(RETENTION));
    List<CustomerId> closed = new ArrayList<>();
    List<CustomerId> kept = new ArrayList<>();
    for (int i = 0; i < 1_210; i++) {
      CustomerId id = big.onboard("Customer", "Number" + i).id();
      if (i % 121 == 7) {
        kept.add(id);
      } else {
        big.customers().close(id);
        closed.add(id);
      }
    }
    assertThat(closed).hasSize(1_200);
    big.clock().advance(RETENTION.plusDays(1));
    big.events().clear();

    PurgeReport report = big.customers().purgeClosedAccounts();

    assertThat(report.purged()).containsExactlyElementsOf(closed);
    assertThat(chunkLimits).hasSizeGreaterThanOrEqualTo(3).containsOnly(500);
    assertThat(big.monetization().store().customers().count()).isEqualTo(kept.size());
    assertThat(big.customers().list(CustomerFilter.none(), PageRequest.first(100)).items())
        .extracting(CustomerSummary::id)
        .containsExactlyElementsOf(kept);
    List<DomainEvent> events = big.events().events();
    assertThat(events).hasSize(1_200).allSatisfy(e -> assertThat(e).isInstanceOf(CustomerEvent.Purged.class));
    assertThat(events.stream().map(e -> ((CustomerEvent) e).customerId()).toList()).containsExactlyElementsOf(closed);
    assertThat(big.customers().purgeClosedAccounts().purged()).isEmpty();
  }
}
