package org.monetization.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceId;
import org.monetization.balance.GroupBalances;
import org.monetization.inmemory.InMemoryStore;
import org.monetization.rating.RatedEvent;
import org.monetization.spi.BalanceRepository;
import org.monetization.spi.Store;
import org.monetization.spi.UsageEventRepository;
import org.monetization.subscription.SubscriptionId;

/**
 * An in-memory store that fails once where a test asks: the next save of a group's balances, or the next
 * insert of rated events (which rating does after saving the balances, so a command fails late).
 */
public final class FaultyStore extends ForwardingStore {
  private final Store delegate;
  private final AtomicReference<@Nullable RuntimeException> saveFault = new AtomicReference<>();
  private final AtomicReference<@Nullable RuntimeException> insertFault = new AtomicReference<>();

  /** Creates the store over a new in-memory store. */
  public FaultyStore() {
    this(InMemoryStore.create());
  }

  private FaultyStore(Store delegate) {
    super(delegate, delegate.customers());
    this.delegate = delegate;
  }

  /** Makes the next {@code BalanceRepository.save} throw the exception instead of saving. */
  public void failNextSave(RuntimeException exception) {
    saveFault.set(exception);
  }

  /** Makes the next {@code UsageEventRepository.insertAll} throw the exception instead of inserting. */
  public void failNextInsert(RuntimeException exception) {
    insertFault.set(exception);
  }

  @Override
  public BalanceRepository balances() {
    BalanceRepository balances = delegate.balances();
    return new BalanceRepository() {
      @Override
      public BalanceId nextId() {
        return balances.nextId();
      }

      @Override
      public GroupBalances load(BalanceGroupId groupId) {
        return balances.load(groupId);
      }

      @Override
      public GroupBalances save(GroupBalances value) {
        RuntimeException fault = saveFault.getAndSet(null);
        if (fault != null) {
          throw fault;
        }
        return balances.save(value);
      }

      @Override
      public boolean delete(BalanceGroupId groupId) {
        return balances.delete(groupId);
      }
    };
  }

  @Override
  public UsageEventRepository usageEvents() {
    UsageEventRepository events = delegate.usageEvents();
    return new UsageEventRepository() {
      @Override
      public Optional<RatedEvent> find(String id) {
        return events.find(id);
      }

      @Override
      public Set<String> existing(Collection<String> ids) {
        return events.existing(ids);
      }

      @Override
      public Map<String, BigDecimal> sessionQuantities(Collection<String> sessionIds) {
        return events.sessionQuantities(sessionIds);
      }

      @Override
      public void insertAll(List<RatedEvent> rated) {
        RuntimeException fault = insertFault.getAndSet(null);
        if (fault != null) {
          throw fault;
        }
        events.insertAll(rated);
      }

      @Override
      public RatedEvent update(RatedEvent event) {
        return events.update(event);
      }

      @Override
      public int deleteOfService(String serviceIdentifier, SubscriptionId subscriptionId) {
        return events.deleteOfService(serviceIdentifier, subscriptionId);
      }

      @Override
      public List<RatedEvent> ofService(String serviceIdentifier, Instant from, @Nullable Instant to,
          @Nullable RatedEvent after, int limit) {
        return events.ofService(serviceIdentifier, from, to, after, limit);
      }
    };
  }
}
