package org.monetization.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.monetization.customer.CustomerEvent;
import org.monetization.customer.CustomerId;
import org.monetization.customer.PurgeReport;
import org.monetization.error.MonetizationException;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.testing.CustomerState;
import org.monetization.testing.CustomerTestBed;
import org.monetization.testing.ForwardingCustomerRepository;
import org.monetization.testing.ForwardingStore;

/** A purge chunk that fails half way leaves no trace: its deletes are rolled back and nothing is published. */
class PurgeAtomicityTest {
  private static final Duration RETENTION = Duration.ofDays(30);

  private final AtomicInteger deletes = new AtomicInteger();
  private volatile int failOnDelete = 3;
  private final InMemoryStore memory = InMemoryStore.create();
  private final CustomerTestBed bed =
      CustomerTestBed.create(
          builder -> builder
              .closedAccountRetention(RETENTION)
              .store(
                  new ForwardingStore(
                      memory,
                      new ForwardingCustomerRepository(memory.customers()) {
                        @Override
                        public boolean delete(CustomerId id) {
                          if (deletes.incrementAndGet() == failOnDelete) {
                            throw new MonetizationException("storage failed on delete " + failOnDelete);
                          }
                          return super.delete(id);
                        }
                      })));

  @Test
  void aDeleteFailingInTheFirstChunkRollsBackTheChunksEarlierDeletes() {
    List<CustomerId> closed = onboardAndClose(5);
    bed.clock().advance(RETENTION.plusDays(1));
    CustomerState before = bed.snapshot();

    assertThatThrownBy(() -> bed.customers().purgeClosedAccounts())
        .isInstanceOf(MonetizationException.class)
        .hasMessage("storage failed on delete 3");

    assertThat(deletes).hasValue(3);
    bed.assertNothingChangedSince(before);
    assertThat(closed).allSatisfy(id -> assertThat(bed.customers().find(id)).isPresent());
  }

  @Test
  void aFailureInALaterChunkKeepsTheCommittedChunksAndARerunFinishesTheJob() {
    int total = CustomerService.CHUNK_SIZE + 10;
    List<CustomerId> closed = onboardAndClose(total);
    bed.clock().advance(RETENTION.plusDays(1));
    failOnDelete = CustomerService.CHUNK_SIZE + 3;
    bed.events().clear();

    assertThatThrownBy(() -> bed.customers().purgeClosedAccounts()).isInstanceOf(MonetizationException.class);

    List<CustomerId> firstChunk = closed.subList(0, CustomerService.CHUNK_SIZE);
    List<CustomerId> secondChunk = closed.subList(CustomerService.CHUNK_SIZE, total);
    assertThat(firstChunk).allSatisfy(id -> assertThat(bed.customers().find(id)).isEmpty());
    assertThat(secondChunk).allSatisfy(id -> assertThat(bed.customers().find(id)).isPresent());
    assertThat(bed.events().events())
        .hasSize(CustomerService.CHUNK_SIZE)
        .allSatisfy(event -> assertThat(firstChunk).contains(((CustomerEvent.Purged) event).customerId()));

    failOnDelete = -1;
    bed.events().clear();
    PurgeReport rerun = bed.customers().purgeClosedAccounts();

    assertThat(rerun.purged()).containsExactlyElementsOf(secondChunk);
    assertThat(bed.events().events()).hasSize(secondChunk.size());
    assertThat(bed.monetization().store().customers().count()).isZero();
  }

  private List<CustomerId> onboardAndClose(int count) {
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      CustomerId id = bed.onboard("Closing", "Customer" + i).id();
      bed.customers().close(id);
      ids.add(id);
    }
    return ids;
  }
}
