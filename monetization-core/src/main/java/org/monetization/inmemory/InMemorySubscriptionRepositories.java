package org.monetization.inmemory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.monetization.customer.CustomerId;
import org.monetization.error.ConflictException;
import org.monetization.spi.PromotionRepository;
import org.monetization.spi.ServiceRepository;
import org.monetization.spi.SubscriptionRepository;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;

/** Subscriptions, services and promotion redemptions in memory. */
final class InMemorySubscriptionRepositories {
  private InMemorySubscriptionRepositories() {}

  static final class Subscriptions implements SubscriptionRepository {
    private final Table<Long, Subscription> table;
    private final AtomicLong sequence = new AtomicLong();

    Subscriptions(TransactionLog transactions) {
      this.table = new Table<>(transactions, "subscription");
    }

    @Override
    public SubscriptionId nextId() {
      return new SubscriptionId(sequence.incrementAndGet());
    }

    @Override
    public Subscription insert(Subscription subscription) {
      Subscription stored = subscription.withVersion(0);
      table.insert(subscription.id().value(), stored);
      return stored;
    }

    @Override
    public Subscription update(Subscription subscription) {
      return table.update(subscription.id().value(), subscription, Subscription::version, Subscription::withVersion);
    }

    @Override
    public Optional<Subscription> find(SubscriptionId id) {
      return table.find(id.value());
    }

    @Override
    public List<Subscription> ofCustomer(CustomerId customerId) {
      return table.select(s -> s.customerId().equals(customerId));
    }

    @Override
    public int deleteOfCustomer(CustomerId customerId) {
      return table.deleteWhere(s -> s.customerId().equals(customerId));
    }
  }

  static final class Services implements ServiceRepository {
    private final Table<String, ProvisionedService> table;

    Services(TransactionLog transactions) {
      this.table = new Table<>(transactions, "service identifier");
    }

    @Override
    public ProvisionedService insert(ProvisionedService service) {
      ProvisionedService stored = service.withVersion(0);
      table.insert(service.identifier(), stored);
      return stored;
    }

    @Override
    public ProvisionedService update(ProvisionedService service) {
      return table.update(
          service.identifier(), service, ProvisionedService::version, ProvisionedService::withVersion);
    }

    @Override
    public Optional<ProvisionedService> find(String identifier) {
      return table.find(identifier);
    }

    @Override
    public List<ProvisionedService> ofSubscription(SubscriptionId subscriptionId) {
      return table.select(s -> s.subscriptionId().equals(subscriptionId));
    }

    @Override
    public int deleteOfSubscription(SubscriptionId subscriptionId) {
      return table.deleteWhere(s -> s.subscriptionId().equals(subscriptionId));
    }
  }

  static final class Promotions implements PromotionRepository {
    private record Redemption(String code, int sequence, SubscriptionId subscriptionId, Instant at) {}

    private final Table<String, Redemption> table;

    Promotions(TransactionLog transactions) {
      this.table = new Table<>(transactions, "promotion redemption");
    }

    @Override
    public int redemptions(String code) {
      return table.select(r -> r.code().equals(code)).size();
    }

    @Override
    public void redeem(String code, int sequence, SubscriptionId subscriptionId, Instant at) {
      String key = code + "#" + sequence;
      if (table.find(key).isPresent()) {
        throw new ConflictException(
            ConflictException.Reason.CONCURRENT_UPDATE, "code " + code + " was redeemed concurrently");
      }
      table.insert(key, new Redemption(code, sequence, subscriptionId, at));
    }
  }
}
