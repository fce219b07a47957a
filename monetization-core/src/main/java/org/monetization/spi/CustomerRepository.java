package org.monetization.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerSummary;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;

/**
 * Stores customer aggregates. Writes are called inside {@link Transactions#inTransaction}; queries may be
 * called inside or outside one and see committed data plus the calling transaction's own writes.
 */
public interface CustomerRepository {

  /** Returns a new customer id, greater than every id handed out before; ids are never reused. */
  CustomerId nextId();

  /**
   * Returns {@code count} new customer ids in increasing order, each greater than every id handed out
   * before; ids are never reused. A batch command takes its ids at once with this, which a database store
   * can answer in one round trip; ids a command then does not use are skipped for good.
   *
   * @param count how many ids, positive
   * @return the ids, in increasing order
   */
  default List<CustomerId> nextIds(int count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    List<CustomerId> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(nextId());
    }
    return ids;
  }

  /**
   * Returns the customer with the given id.
   *
   * @param id the id
   * @return the customer, if stored
   */
  Optional<Customer> find(CustomerId id);

  /**
   * Stores a new customer at version 0.
   *
   * @param customer the customer; its version is ignored
   * @return the stored customer, at version 0
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the id is taken
   */
  Customer insert(Customer customer);

  /**
   * Replaces a stored customer, provided nobody else changed it since it was read.
   *
   * @param customer the new state, carrying the version it was read at
   * @return the stored customer, at the next version
   * @throws org.monetization.error.ConflictException with reason {@code CONCURRENT_UPDATE} if the stored
   *     version differs, or the customer was deleted
   */
  Customer update(Customer customer);

  /**
   * Deletes a customer and everything it owns (contacts, attribute values).
   *
   * @param id the customer to delete
   * @return whether a customer was deleted
   */
  boolean delete(CustomerId id);

  /**
   * Returns one page of the matching customers ordered by id, with the total number of matches.
   *
   * @param filter the criteria
   * @param page which page
   * @return the page
   */
  Page<CustomerSummary> page(CustomerFilter filter, PageRequest page);

  /**
   * Returns up to {@code limit} matching customers with ids greater than {@code after}, ordered by id: the
   * keyset pagination that exports and batch jobs stream with.
   *
   * @param filter the criteria
   * @param after the last id of the previous chunk, or null to start at the beginning
   * @param limit the chunk size, positive
   * @return the chunk; shorter than {@code limit} only at the end
   */
  List<Customer> chunk(CustomerFilter filter, @Nullable CustomerId after, int limit);

  /**
   * Returns up to {@code limit} ids of customers closed before the cutoff, ordered by id.
   *
   * @param cutoff exclusive upper bound of the closing time
   * @param limit the chunk size, positive
   * @return the ids
   */
  List<CustomerId> closedBefore(Instant cutoff, int limit);

  /** Returns the number of stored customers. */
  long count();
}
