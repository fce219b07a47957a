package org.monetization.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
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

/** Customers in an id-ordered map, guarded by the store's transaction lock. */
final class InMemoryCustomerRepository implements CustomerRepository {
  private final TransactionLog transactions;
  private final NavigableMap<Long, Customer> byId = new TreeMap<>();
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
    return transactions.read(() -> Optional.ofNullable(byId.get(id.value())));
  }

  @Override
  public Customer insert(Customer customer) {
    long id = customer.id().value();
    if (byId.containsKey(id)) {
      throw new ConflictException(ConflictException.Reason.DUPLICATE, "customer " + id + " already exists");
    }
    Customer stored = customer.withVersion(0);
    transactions.recordUndo(() -> byId.remove(id));
    byId.put(id, stored);
    sequence.accumulateAndGet(id, Math::max);
    return stored;
  }

  @Override
  public Customer update(Customer customer) {
    long id = customer.id().value();
    Customer current = byId.get(id);
    if (current == null || current.version() != customer.version()) {
      throw new ConflictException(
          ConflictException.Reason.CONCURRENT_UPDATE, "customer " + id + " was changed or deleted concurrently");
    }
    Customer stored = customer.withVersion(current.version() + 1);
    transactions.recordUndo(() -> byId.put(id, current));
    byId.put(id, stored);
    return stored;
  }

  @Override
  public boolean delete(CustomerId id) {
    Customer current = byId.get(id.value());
    if (current == null) {
      return false;
    }
    transactions.recordUndo(() -> byId.put(id.value(), current));
    byId.remove(id.value());
    return true;
  }

  @Override
  public Page<CustomerSummary> page(CustomerFilter filter, PageRequest page) {
    return transactions.read(
        () -> {
          long offset = page.offset();
          long matched = 0;
          List<CustomerSummary> items = new ArrayList<>(page.size());
          for (Customer customer : byId.values()) {
            if (filter.test(customer)) {
              if (matched >= offset && items.size() < page.size()) {
                items.add(CustomerSummary.of(customer));
              }
              matched++;
            }
          }
          return new Page<>(items, page, matched);
        });
  }

  @Override
  public List<Customer> chunk(CustomerFilter filter, @Nullable CustomerId after, int limit) {
    return transactions.read(
        () -> {
          List<Customer> chunk = new ArrayList<>(Math.min(limit, 1024));
          var tail = after == null ? byId.values() : byId.tailMap(after.value(), false).values();
          for (Customer customer : tail) {
            if (chunk.size() == limit) {
              break;
            }
            if (filter.test(customer)) {
              chunk.add(customer);
            }
          }
          return chunk;
        });
  }

  @Override
  public List<CustomerId> closedBefore(Instant cutoff, int limit) {
    return transactions.read(
        () ->
            byId.values().stream()
                .filter(c -> c.closedAt() != null && c.closedAt().isBefore(cutoff))
                .limit(limit)
                .map(Customer::id)
                .toList());
  }

  @Override
  public long count() {
    return transactions.read(byId::size);
  }
}
