package org.monetization.inmemory;

import org.junit.jupiter.api.Nested;
import org.monetization.contract.BalanceRepositoryContract;
import org.monetization.contract.CatalogRepositoryContract;
import org.monetization.contract.ConfigurationRepositoryContract;
import org.monetization.contract.CustomerRepositoryContract;
import org.monetization.contract.NotificationRepositoryContract;
import org.monetization.contract.SharingGroupRepositoryContract;
import org.monetization.contract.SubscriptionRepositoryContract;
import org.monetization.contract.TransactionContract;
import org.monetization.contract.UsageEventRepositoryContract;
import org.monetization.spi.Store;

/** Runs the storage contract suite against the in-memory store. */
class InMemoryStoreContractTest {

  @Nested
  class Customers extends CustomerRepositoryContract {
    @Override
    protected Store newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Configuration extends ConfigurationRepositoryContract {
    @Override
    protected Store newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Catalog extends CatalogRepositoryContract {
    @Override
    protected Store newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Subscriptions extends SubscriptionRepositoryContract {
    @Override
    protected Store newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    protected Store newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Balances extends BalanceRepositoryContract {
    @Override
    protected Store newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class UsageEvents extends UsageEventRepositoryContract {
    @Override
    protected Store newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class Notifications extends NotificationRepositoryContract {
    @Override
    protected Store newStore() {
      return InMemoryStore.create();
    }
  }

  @Nested
  class SharingGroups extends SharingGroupRepositoryContract {
    @Override
    protected Store newStore() {
      return InMemoryStore.create();
    }
  }
}
