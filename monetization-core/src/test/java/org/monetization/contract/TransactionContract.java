package org.monetization.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.monetization.config.CustomerType;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.testing.CustomerFixtures;

/** What every {@link org.monetization.spi.Transactions} boundary must do: all or nothing. */
public abstract class TransactionContract extends StoreContractSupport {

  @Test
  void commitsEveryWriteOfTheWork() {
    CustomerId id = tx(() -> {
      CustomerId created = store.customers().nextId();
      store.customers().insert(CustomerFixtures.richCustomer(created, T0));
      store.configuration().insertCustomerType(CustomerType.of("BUSINESS", "Business"));
      return created;
    });

    assertThat(store.customers().find(id)).isPresent();
    assertThat(store.configuration().findCustomerType("BUSINESS")).isPresent();
  }

  @Test
  void workThatFailsHalfWayLeavesNoTrace() {
    Customer existing = insert(CustomerFixtures.plainCustomer(tx(() -> store.customers().nextId()), "Keep", "Me", T0));
    CustomerId[] created = new CustomerId[1];

    assertThatThrownBy(() -> tx(() -> {
      created[0] = store.customers().nextId();
      store.customers().insert(CustomerFixtures.richCustomer(created[0], T0));
      store.customers().update(existing.withStatus(CustomerStatus.INACTIVE, T0));
      store.configuration().insertCustomerType(CustomerType.of("BUSINESS", "Business"));
      throw new IllegalStateException("boom half way");
    })).isInstanceOf(IllegalStateException.class).hasMessage("boom half way");

    assertThat(store.customers().find(created[0])).isEmpty();
    assertThat(store.customers().find(existing.id())).contains(existing);
    assertThat(store.configuration().customerTypes()).isEmpty();
    assertThat(store.customers().count()).isEqualTo(1);
  }

  @Test
  void aDeleteThatIsRolledBackRestoresTheCustomer() {
    Customer existing = insert(CustomerFixtures.richCustomer(tx(() -> store.customers().nextId()), T0));

    assertThatThrownBy(() -> tx(() -> {
      store.customers().delete(existing.id());
      throw new IllegalStateException("undo");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.customers().find(existing.id())).contains(existing);
  }

  @Test
  void aNestedCallJoinsTheOuterTransaction() {
    assertThatThrownBy(() -> tx(() -> {
      tx(() -> {
        store.configuration().insertCustomerType(CustomerType.of("INNER", "Inner"));
        return null;
      });
      throw new IllegalStateException("outer fails after inner returned");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.configuration().findCustomerType("INNER")).isEmpty();
  }

  @Test
  void theTransactionSeesItsOwnWrites() {
    boolean seen = tx(() -> {
      CustomerId id = store.customers().nextId();
      store.customers().insert(CustomerFixtures.plainCustomer(id, "Self", "Seen", T0));
      return store.customers().find(id).isPresent();
    });

    assertThat(seen).isTrue();
  }

  @Test
  void otherThreadsDoNotSeeUncommittedWrites() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch checked = new CountDownLatch(1);
    ExecutorService writers = Executors.newSingleThreadExecutor();
    ExecutorService readers = Executors.newSingleThreadExecutor();
    try {
      CustomerId id = tx(() -> store.customers().nextId());
      Future<?> writer = writers.submit(() -> tx(() -> {
        store.customers().insert(CustomerFixtures.plainCustomer(id, "Not", "Yet", T0));
        written.countDown();
        await(checked);
        return null;
      }));
      assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
      Future<Boolean> reader = readers.submit(() -> store.customers().find(id).isPresent());
      Thread.sleep(300);
      // A store may block the read until the writer commits (locking) or answer from committed state
      // (MVCC); either way it must not return the uncommitted customer before the commit.
      boolean answeredBeforeCommit = reader.isDone();
      boolean sawUncommitted = answeredBeforeCommit && reader.get();
      checked.countDown();
      writer.get(10, TimeUnit.SECONDS);
      reader.get(10, TimeUnit.SECONDS);
      assertThat(sawUncommitted).isFalse();
      assertThat(store.customers().find(id)).isPresent();
    } finally {
      // Also when an assertion or a timeout failed above: release the writer, and stop both threads.
      checked.countDown();
      readers.shutdownNow();
      writers.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
