package org.monetization.testing;

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

/** A {@link Store} that forwards to another store, with a substitute customer repository. */
public class ForwardingStore implements Store {
  private final Store delegate;
  private final CustomerRepository customers;

  /**
   * Creates the store.
   *
   * @param delegate the store whose transactions and configuration are used
   * @param customers the customer repository to expose, usually forwarding to the delegate's
   */
  public ForwardingStore(Store delegate, CustomerRepository customers) {
    this.delegate = delegate;
    this.customers = customers;
  }

  @Override
  public Transactions transactions() {
    return delegate.transactions();
  }

  @Override
  public CustomerRepository customers() {
    return customers;
  }

  @Override
  public ConfigurationRepository configuration() {
    return delegate.configuration();
  }

  @Override
  public CatalogRepository catalog() {
    return delegate.catalog();
  }

  @Override
  public BillingProfileRepository billingProfiles() {
    return delegate.billingProfiles();
  }

  @Override
  public BalanceGroupRepository balanceGroups() {
    return delegate.balanceGroups();
  }

  @Override
  public SubscriptionRepository subscriptions() {
    return delegate.subscriptions();
  }

  @Override
  public ServiceRepository services() {
    return delegate.services();
  }

  @Override
  public PromotionRepository promotions() {
    return delegate.promotions();
  }

  @Override
  public BalanceRepository balances() {
    return delegate.balances();
  }

  @Override
  public AdjustmentRepository adjustments() {
    return delegate.adjustments();
  }

  @Override
  public UsageEventRepository usageEvents() {
    return delegate.usageEvents();
  }

  @Override
  public CreditProfileRepository creditProfiles() {
    return delegate.creditProfiles();
  }

  @Override
  public NotificationRepository notifications() {
    return delegate.notifications();
  }

  @Override
  public SharingGroupRepository sharingGroups() {
    return delegate.sharingGroups();
  }
}
