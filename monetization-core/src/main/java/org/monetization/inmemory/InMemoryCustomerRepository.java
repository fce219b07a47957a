package org.monetization.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerSummary;
import org.monetization.error.ConflictException;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;
import org.monetization.spi.CustomerRepository;

/**
 * Customers as id-ordered rows that carry their filterable values, guarded by the store's transaction lock.
 * A listing scans every row to count the matches; the rows keep that scan to one object per customer.
 */
final class InMemoryCustomerRepository implements CustomerRepository {
  private final TransactionLog transactions;
  private final CustomerRows rows = new CustomerRows();
  private final AtomicLong sequence = new AtomicLong();

  InMemoryCustomerRepository(TransactionLog transactions) {
    this.transactions = transactions;
  }

  @Override
  public CustomerId nextId() {
    return CustomerId.of(sequence.incrementAndGet()); // like a database sequence: not rolled back
  }

  @Override
  public Optional<Customer> find(CustomerId id) {
    return transactions.read(() -> rows.find(id.value()).map(CustomerRow::customer));
  }

  @Override
  public Customer insert(Customer customer) {
    long id = customer.id().value();
    if (rows.find(id).isPresent()) {
      throw new ConflictException(ConflictException.Reason.DUPLICATE, "customer " + id + " already exists");
    }
    Customer stored = customer.withVersion(0);
    transactions.recordUndo(() -> rows.remove(id));
    rows.put(CustomerRow.of(stored));
    sequence.accumulateAndGet(id, Math::max);
    return stored;
  }

  @Override
  public Customer update(Customer customer) {
    long id = customer.id().value();
    CustomerRow current = rows.find(id).orElse(null);
    if (current == null || current.customer().version() != customer.version()) {
      throw new ConflictException(
          ConflictException.Reason.CONCURRENT_UPDATE, "customer " + id + " was changed or deleted concurrently");
    }
    Customer stored = customer.withVersion(current.customer().version() + 1);
    transactions.recordUndo(() -> rows.put(current));
    rows.put(CustomerRow.of(stored));
    return stored;
  }

  @Override
  public boolean delete(CustomerId id) {
    CustomerRow current = rows.find(id.value()).orElse(null);
    if (current == null) {
      return false;
    }
    transactions.recordUndo(() -> rows.put(current));
    rows.remove(id.value());
    return true;
  }

  @Override
  public Page<CustomerSummary> page(CustomerFilter filter, PageRequest page) {
    CustomerRow.Query query = CustomerRow.Query.of(filter);
    return transactions.read(
        () -> {
          long offset = page.offset();
          long matched = 0;
          List<CustomerSummary> items = new ArrayList<>(page.size());
          for (int i = 0, size = rows.size(); i < size; i++) {
            CustomerRow row = rows.get(i);
            if (row.matches(query)) {
              if (matched >= offset && items.size() < page.size()) {
                items.add(CustomerSummary.of(row.customer()));
              }
              matched++;
            }
          }
          return new Page<>(items, page, matched);
        });
  }

  @Override
  public List<Customer> chunk(CustomerFilter filter, @Nullable CustomerId after, int limit) {
    CustomerRow.Query query = CustomerRow.Query.of(filter);
    return transactions.read(
        () -> {
          List<Customer> chunk = new ArrayList<>(Math.min(limit, 1024));
          int start = after == null ? 0 : rows.positionAfter(after.value());
          for (int i = start, size = rows.size(); i < size && chunk.size() < limit; i++) {
            CustomerRow row = rows.get(i);
            if (row.matches(query)) {
              chunk.add(row.customer());
            }
          }
          return chunk;
        });
  }

  @Override
  public List<CustomerId> closedBefore(Instant cutoff, int limit) {
    return transactions.read(
        () -> {
          List<CustomerId> closed = new ArrayList<>();
          for (int i = 0, size = rows.size(); i < size && closed.size() < limit; i++) {
            Customer customer = rows.get(i).customer();
            Instant closedAt = customer.closedAt();
            if (closedAt != null && closedAt.isBefore(cutoff)) {
              closed.add(customer.id());
            }
          }
          return closed;
        });
  }

  @Override
  public long count() {
    return transactions.read(rows::size);
  }
}
