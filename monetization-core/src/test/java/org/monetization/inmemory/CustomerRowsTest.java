package org.monetization.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.customer.CustomerId;
import org.monetization.testing.CustomerFixtures;

/** Ordering, lookup, replacement and removal of {@link CustomerRows}. */
class CustomerRowsTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private static CustomerRow row(long id) {
    return CustomerRow.of(CustomerFixtures.plainCustomer(CustomerId.of(id), "First" + id, "Last", T0));
  }

  private static List<Long> ids(CustomerRows rows) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ids.add(rows.get(i).id());
    }
    return ids;
  }

  @Test
  void keepsRowsInIdOrderWhateverTheInsertionOrder() {
    CustomerRows rows = new CustomerRows();
    for (long id : new long[] {5, 1, 9, 3, 7}) {
      rows.put(row(id));
    }

    assertThat(ids(rows)).containsExactly(1L, 3L, 5L, 7L, 9L);
    assertThat(rows.find(7)).map(CustomerRow::id).contains(7L);
    assertThat(rows.find(4)).isEmpty();
  }

  @Test
  void replacesTheRowOfAnExistingId() {
    CustomerRows rows = new CustomerRows();
    rows.put(row(1));
    rows.put(row(2));
    CustomerRow replacement =
        CustomerRow.of(CustomerFixtures.plainCustomer(CustomerId.of(2), "Other", "Name", T0));

    rows.put(replacement);

    assertThat(rows.size()).isEqualTo(2);
    assertThat(rows.find(2)).containsSame(replacement);
  }

  @Test
  void removesRowsAndClosesTheGap() {
    CustomerRows rows = new CustomerRows();
    for (long id = 1; id <= 5; id++) {
      rows.put(row(id));
    }

    assertThat(rows.remove(3)).isTrue();
    assertThat(rows.remove(3)).isFalse();
    assertThat(rows.remove(5)).isTrue();

    assertThat(ids(rows)).containsExactly(1L, 2L, 4L);
  }

  @Test
  void positionAfterSkipsEveryIdUpToTheGivenOneEvenIfAbsent() {
    CustomerRows rows = new CustomerRows();
    for (long id : new long[] {2, 4, 6}) {
      rows.put(row(id));
    }

    assertThat(rows.positionAfter(0)).isZero();
    assertThat(rows.positionAfter(2)).isEqualTo(1);
    assertThat(rows.positionAfter(3)).isEqualTo(1);
    assertThat(rows.positionAfter(6)).isEqualTo(3);
    assertThat(rows.positionAfter(99)).isEqualTo(3);
  }

  @Test
  void growsBeyondItsInitialCapacity() {
    CustomerRows rows = new CustomerRows();
    for (long id = 3000; id >= 1; id--) {
      rows.put(row(id));
    }

    assertThat(rows.size()).isEqualTo(3000);
    assertThat(rows.get(0).id()).isEqualTo(1);
    assertThat(rows.get(2999).id()).isEqualTo(3000);
    assertThat(rows.find(1500)).isPresent();
  }
}
