package org.monetization.jpa;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.Nested;
import org.monetization.contract.BalanceRepositoryContract;
import org.monetization.contract.CatalogRepositoryContract;
import org.monetization.contract.ConfigurationRepositoryContract;
import org.monetization.contract.CustomerRepositoryContract;
import org.monetization.contract.NotificationRepositoryContract;
import org.monetization.contract.SubscriptionRepositoryContract;
import org.monetization.contract.TransactionContract;
import org.monetization.contract.UsageEventRepositoryContract;
import org.monetization.spi.Store;

/**
 * Runs the storage contract suite, and the JPA store's own behaviour tests, on MariaDB, in the {@code databases} Maven profile only. Each test gets a
 * new, empty schema (a database of its own on the server, dropped afterwards).
 */
@EnabledIfSystemProperty(named = TestDatabase.SERVERS_PROPERTY, matches = ".*mariadb.*")
class JpaMariaDbStoreContractTest {
  private static final TestDatabase DATABASE = new TestDatabase.MariaDb();

  @Nested
  class Customers extends CustomerRepositoryContract {
    @Override
    protected Store newStore() {
      return DATABASE.open();
    }

    @Override
    protected void closeStore(Store store) {
      DATABASE.close(store);
    }
  }

  @Nested
  class Configuration extends ConfigurationRepositoryContract {
    @Override
    protected Store newStore() {
      return DATABASE.open();
    }

    @Override
    protected void closeStore(Store store) {
      DATABASE.close(store);
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    protected Store newStore() {
      return DATABASE.open();
    }

    @Override
    protected void closeStore(Store store) {
      DATABASE.close(store);
    }
  }

  @Nested
  class Catalog extends CatalogRepositoryContract {
    @Override
    protected Store newStore() {
      return DATABASE.open();
    }

    @Override
    protected void closeStore(Store store) {
      DATABASE.close(store);
    }
  }

  @Nested
  class Subscriptions extends SubscriptionRepositoryContract {
    @Override
    protected Store newStore() {
      return DATABASE.open();
    }

    @Override
    protected void closeStore(Store store) {
      DATABASE.close(store);
    }
  }

  @Nested
  class Balances extends BalanceRepositoryContract {
    @Override
    protected Store newStore() {
      return DATABASE.open();
    }

    @Override
    protected void closeStore(Store store) {
      DATABASE.close(store);
    }
  }

  @Nested
  class Notifications extends NotificationRepositoryContract {
    @Override
    protected Store newStore() {
      return DATABASE.open();
    }

    @Override
    protected void closeStore(Store store) {
      DATABASE.close(store);
    }
  }

  @Nested
  class UsageEvents extends UsageEventRepositoryContract {
    @Override
    protected Store newStore() {
      return DATABASE.open();
    }

    @Override
    protected void closeStore(Store store) {
      DATABASE.close(store);
    }
  }

  @Nested
  class Adapter extends JpaAdapterBehaviour {
    @Override
    TestDatabase database() {
      return DATABASE;
    }
  }

  @Nested
  class Notifying extends JpaNotificationBehaviour {
    @Override
    TestDatabase database() {
      return DATABASE;
    }
  }

  @Nested
  class Rating extends JpaRatingBehaviour {
    @Override
    TestDatabase database() {
      return DATABASE;
    }
  }
}
