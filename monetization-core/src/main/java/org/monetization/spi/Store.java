package org.monetization.spi;

/**
 * A storage adapter: the repositories of every aggregate and the transaction boundary that makes a
 * command's writes atomic. Implementations are thread-safe. The SDK ships the in-memory store
 * ({@code org.monetization.inmemory.InMemoryStore}) and a JPA store in {@code monetization-jpa}.
 */
public interface Store {

  /** Returns the transaction boundary every command runs in. */
  Transactions transactions();

  /** Returns the customer repository. */
  CustomerRepository customers();

  /** Returns the configuration repository. */
  ConfigurationRepository configuration();

  /** Returns the catalog repository. */
  CatalogRepository catalog();

  /** Returns the billing profile repository. */
  BillingProfileRepository billingProfiles();

  /** Returns the balance group repository. */
  BalanceGroupRepository balanceGroups();

  /** Returns the subscription repository. */
  SubscriptionRepository subscriptions();

  /** Returns the service repository. */
  ServiceRepository services();

  /** Returns the promotion redemption repository. */
  PromotionRepository promotions();

  /** Returns the repository of balances, one versioned aggregate per balance group. */
  BalanceRepository balances();

  /** Returns the adjustment ledger. */
  AdjustmentRepository adjustments();

  /** Returns the repository of rated usage events. */
  UsageEventRepository usageEvents();

  /** Returns the repository of credit profiles, one per balance group at most. */
  CreditProfileRepository creditProfiles();

  /** Returns the repository of recorded notifications and their deliveries. */
  NotificationRepository notifications();

  /** Returns the repository of sharing groups and their members. */
  SharingGroupRepository sharingGroups();
}
