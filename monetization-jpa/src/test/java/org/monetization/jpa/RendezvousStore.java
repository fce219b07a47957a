package org.monetization.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerSummary;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;
import org.monetization.spi.AdjustmentRepository;
import org.monetization.spi.BalanceGroupRepository;
import org.monetization.spi.BalanceRepository;
import org.monetization.spi.BillingProfileRepository;
import org.monetization.spi.CatalogRepository;
import org.monetization.spi.ConfigurationRepository;
import org.monetization.spi.CreditProfileRepository;
import org.monetization.spi.CustomerRepository;
import org.monetization.spi.NotificationRepository;
import org.monetization.spi.PromotionRepository;
import org.monetization.spi.ServiceRepository;
import org.monetization.spi.SharingGroupRepository;
import org.monetization.spi.Store;
import org.monetization.spi.SubscriptionRepository;
import org.monetization.spi.Transactions;
import org.monetization.spi.UsageEventRepository;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.SubscriptionId;

/**
 * A store that makes a race certain instead of likely. Each of {@code parties} threads waits for the
 * others the first time it gets to one of two points, so that they all stand at the same place before
 * any of them goes on:
 *
 * <ul>
 *   <li>after its first {@code find} of a customer: they all hold the same version before any of them
 *       writes;
 *   <li>after its first {@code insert} of a service: they have all checked that the identifier was free
 *       and asked for its insert, so the database's unique key, not a read, decides who gets it.
 * </ul>
 *
 * <p>Later calls (the retries) pass straight through. Everything else, the other repositories included,
 * is the wrapped store's.
 */
final class RendezvousStore implements Store {
  private final Store store;
  private final CyclicBarrier barrier;
  private final ThreadLocal<Boolean> met = ThreadLocal.withInitial(() -> false);

  RendezvousStore(Store store, int parties) {
    this.store = store;
    this.barrier = new CyclicBarrier(parties);
  }

  @Override
  public Transactions transactions() {
    return store.transactions();
  }

  @Override
  public ConfigurationRepository configuration() {
    return store.configuration();
  }

  @Override
  public CatalogRepository catalog() {
    return store.catalog();
  }

  @Override
  public BillingProfileRepository billingProfiles() {
    return store.billingProfiles();
  }

  @Override
  public BalanceGroupRepository balanceGroups() {
    return store.balanceGroups();
  }

  @Override
  public SubscriptionRepository subscriptions() {
    return store.subscriptions();
  }

  @Override
  public ServiceRepository services() {
    ServiceRepository services = store.services();
    return new ServiceRepository() {
      @Override
      public ProvisionedService insert(ProvisionedService service) {
        ProvisionedService inserted = services.insert(service);
        meetOnce();
        return inserted;
      }

      @Override
      public ProvisionedService update(ProvisionedService service) {
        return services.update(service);
      }

      @Override
      public Optional<ProvisionedService> find(String identifier) {
        return services.find(identifier);
      }

      @Override
      public List<ProvisionedService> ofSubscription(SubscriptionId subscriptionId) {
        return services.ofSubscription(subscriptionId);
      }

      @Override
      public int deleteOfSubscription(SubscriptionId subscriptionId) {
        return services.deleteOfSubscription(subscriptionId);
      }
    };
  }

  @Override
  public PromotionRepository promotions() {
    return store.promotions();
  }

  @Override
  public BalanceRepository balances() {
    return store.balances();
  }

  @Override
  public AdjustmentRepository adjustments() {
    return store.adjustments();
  }

  @Override
  public UsageEventRepository usageEvents() {
    return store.usageEvents();
  }

  @Override
  public CustomerRepository customers() {
    CustomerRepository customers = store.customers();
    return new CustomerRepository() {
      @Override
      public Optional<Customer> find(CustomerId id) {
        Optional<Customer> found = customers.find(id);
        meetOnce();
        return found;
      }

      @Override
      public CustomerId nextId() {
        return customers.nextId();
      }

      @Override
      public Customer insert(Customer customer) {
        return customers.insert(customer);
      }

      @Override
      public Customer update(Customer customer) {
        return customers.update(customer);
      }

      @Override
      public boolean delete(CustomerId id) {
        return customers.delete(id);
      }

      @Override
      public Page<CustomerSummary> page(CustomerFilter filter, PageRequest page) {
        return customers.page(filter, page);
      }

      @Override
      public List<Customer> chunk(CustomerFilter filter, @Nullable CustomerId after, int limit) {
        return customers.chunk(filter, after, limit);
      }

      @Override
      public List<CustomerId> closedBefore(Instant cutoff, int limit) {
        return customers.closedBefore(cutoff, limit);
      }

      @Override
      public long count() {
        return customers.count();
      }
    };
  }

  /** Waits for the other threads, the first time the calling thread gets here. */
  private void meetOnce() {
    if (!met.get()) {
      met.set(true);
      try {
        barrier.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("the racing threads did not meet", e);
      }
    }
  }

  @Override
  public CreditProfileRepository creditProfiles() {
    return store.creditProfiles();
  }

  @Override
  public NotificationRepository notifications() {
    return store.notifications();
  }

  @Override
  public SharingGroupRepository sharingGroups() {
    return store.sharingGroups();
  }
}
