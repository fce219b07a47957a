package org.monetization.inmemory;

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

/**
 * A {@link Store} that keeps everything in memory. Thread-safe: transactions are serialised (one writer
 * at a time, readers never see a transaction's partial writes), and a transaction that throws is rolled
 * back by undoing its writes in reverse order. Writing outside a transaction is a programming error.
 *
 * <pre>{@code
 * Monetization m = Monetization.builder().store(InMemoryStore.create()).build();
 * }</pre>
 */
public final class InMemoryStore implements Store {
  private final TransactionLog transactions = new TransactionLog();
  private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository(transactions);
  private final InMemoryConfigurationRepository configuration =
      new InMemoryConfigurationRepository(transactions);
  private final InMemoryCatalogRepository catalog = new InMemoryCatalogRepository(transactions);
  private final BillingProfileRepository billingProfiles = new InMemoryBillingRepositories.Profiles(transactions);
  private final BalanceGroupRepository balanceGroups = new InMemoryBillingRepositories.Groups(transactions);
  private final SubscriptionRepository subscriptions =
      new InMemorySubscriptionRepositories.Subscriptions(transactions);
  private final ServiceRepository services = new InMemorySubscriptionRepositories.Services(transactions);
  private final PromotionRepository promotions = new InMemorySubscriptionRepositories.Promotions(transactions);

  private final BalanceRepository balances = new InMemoryBalanceRepositories.Balances(transactions);
  private final AdjustmentRepository adjustments = new InMemoryBalanceRepositories.Adjustments(transactions);
  private final UsageEventRepository usageEvents = new InMemoryUsageEventRepository(transactions);
  private final CreditProfileRepository creditProfiles = new InMemoryNotificationRepositories.Profiles(transactions);
  private final NotificationRepository notifications =
      new InMemoryNotificationRepositories.Notifications(transactions);
  private final SharingGroupRepository sharingGroups = new InMemorySharingGroupRepository(transactions);

  private InMemoryStore() {}

  /** Returns a new, empty store. */
  public static InMemoryStore create() {
    return new InMemoryStore();
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public CustomerRepository customers() {
    return customers;
  }

  @Override
  public ConfigurationRepository configuration() {
    return configuration;
  }

  @Override
  public CatalogRepository catalog() {
    return catalog;
  }

  @Override
  public BillingProfileRepository billingProfiles() {
    return billingProfiles;
  }

  @Override
  public BalanceGroupRepository balanceGroups() {
    return balanceGroups;
  }

  @Override
  public SubscriptionRepository subscriptions() {
    return subscriptions;
  }

  @Override
  public ServiceRepository services() {
    return services;
  }

  @Override
  public PromotionRepository promotions() {
    return promotions;
  }

  @Override
  public BalanceRepository balances() {
    return balances;
  }

  @Override
  public AdjustmentRepository adjustments() {
    return adjustments;
  }

  @Override
  public UsageEventRepository usageEvents() {
    return usageEvents;
  }

  @Override
  public CreditProfileRepository creditProfiles() {
    return creditProfiles;
  }

  @Override
  public NotificationRepository notifications() {
    return notifications;
  }

  @Override
  public SharingGroupRepository sharingGroups() {
    return sharingGroups;
  }
}
