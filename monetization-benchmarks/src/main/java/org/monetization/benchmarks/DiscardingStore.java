package org.monetization.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.rating.RatedEvent;
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
import org.monetization.subscription.SubscriptionId;

/**
 * An in-memory store that keeps no rated event: balances, services and everything else are the in-memory
 * store's. It isolates rating and balance impact from the cost of retaining millions of events in the heap,
 * which a real deployment hands to a database. Ids are never remembered, so it does not detect replays.
 */
final class DiscardingStore implements Store {
  private final InMemoryStore delegate = InMemoryStore.create();
  private final UsageEventRepository events = new UsageEventRepository() {
    @Override
    public Optional<RatedEvent> find(String id) {
      return Optional.empty();
    }

    @Override
    public Set<String> existing(Collection<String> ids) {
      return Set.of();
    }

    @Override
    public Map<String, BigDecimal> sessionQuantities(Collection<String> sessionIds) {
      return Map.of();
    }

    @Override
    public void insertAll(List<RatedEvent> rated) {
      // discarded on purpose
    }

    @Override
    public int deleteOfService(String serviceIdentifier, SubscriptionId subscriptionId) {
      return 0; // none was kept
    }

    @Override
    public RatedEvent update(RatedEvent event) {
      return event;
    }

    @Override
    public List<RatedEvent> ofService(
        String serviceIdentifier, Instant from, @Nullable Instant to, @Nullable RatedEvent after, int limit) {
      return List.of();
    }
  };

  @Override
  public Transactions transactions() {
    return delegate.transactions();
  }

  @Override
  public CustomerRepository customers() {
    return delegate.customers();
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
    return events;
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
