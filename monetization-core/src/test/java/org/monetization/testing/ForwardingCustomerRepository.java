package org.monetization.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerSummary;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;
import org.monetization.spi.CustomerRepository;

/**
 * A {@link CustomerRepository} that forwards every call to another one; tests override single methods to
 * count calls or inject failures.
 */
public class ForwardingCustomerRepository implements CustomerRepository {
  private final CustomerRepository delegate;

  /** Forwards to the given repository. */
  public ForwardingCustomerRepository(CustomerRepository delegate) {
    this.delegate = delegate;
  }

  @Override
  public CustomerId nextId() {
    return delegate.nextId();
  }

  @Override
  public List<CustomerId> nextIds(int count) {
    return delegate.nextIds(count);
  }

  @Override
  public Optional<Customer> find(CustomerId id) {
    return delegate.find(id);
  }

  @Override
  public Customer insert(Customer customer) {
    return delegate.insert(customer);
  }

  @Override
  public Customer update(Customer customer) {
    return delegate.update(customer);
  }

  @Override
  public boolean delete(CustomerId id) {
    return delegate.delete(id);
  }

  @Override
  public Page<CustomerSummary> page(CustomerFilter filter, PageRequest page) {
    return delegate.page(filter, page);
  }

  @Override
  public List<Customer> chunk(CustomerFilter filter, @Nullable CustomerId after, int limit) {
    return delegate.chunk(filter, after, limit);
  }

  @Override
  public List<CustomerId> closedBefore(Instant cutoff, int limit) {
    return delegate.closedBefore(cutoff, limit);
  }

  @Override
  public long count() {
    return delegate.count();
  }
}
