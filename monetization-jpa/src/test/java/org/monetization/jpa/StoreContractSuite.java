package org.monetization.jpa;

import org.junit.jupiter.api.Nested;
import org.monetization.Monetization;
import org.monetization.config.CustomerType;
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
import org.monetization.testing.CustomerFixtures;

/**
 * The storage contract suite of core's test-jar, and the JPA store's own behaviour tests, on one database:
 * each concrete subclass names the database, and every nested class below runs on it with a new, empty
 * schema per test.
 */
abstract class StoreContractSuite {

  /** Returns the database the suite runs on. */
  abstract TestDatabase database();

  /** Returns an SDK over the store with two customers onboarded, Camille Lefebvre and Camille Martin. */
  static Monetization camilleLefebvreAndMartin(Store store) {
    Monetization sdk = Monetization.builder().store(store).build();
    sdk.configuration().defineCustomerType(CustomerType.of("RESIDENTIAL", "Residential"));
    sdk.onboarding().submit(CustomerFixtures.onboarding("Camille", "Lefebvre"));
    sdk.onboarding().submit(CustomerFixtures.onboarding("Camille", "Martin"));
    return sdk;
  }

  @Nested
  class Customers extends CustomerRepositoryContract {
    @Override
    protected Store newStore() {
      return database().open();
    }

    @Override
    protected void closeStore(Store store) {
      database().close(store);
    }
  }

  @Nested
  class Configuration extends ConfigurationRepositoryContract {
    @Override
    protected Store newStore() {
      return database().open();
    }

    @Override
    protected void closeStore(Store store) {
      database().close(store);
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    protected Store newStore() {
      return database().open();
    }

    @Override
    protected void closeStore(Store store) {
      database().close(store);
    }
  }

  @Nested
  class Catalog extends CatalogRepositoryContract {
    @Override
    protected Store newStore() {
      return database().open();
    }

    @Override
    protected void closeStore(Store store) {
      database().close(store);
    }
  }

  @Nested
  class Subscriptions extends SubscriptionRepositoryContract {
    @Override
    protected Store newStore() {
      return database().open();
    }

    @Override
    protected void closeStore(Store store) {
      database().close(store);
    }
  }

  @Nested
  class Balances extends BalanceRepositoryContract {
    @Override
    protected Store newStore() {
      return database().open();
    }

    @Override
    protected void closeStore(Store store) {
      database().close(store);
    }
  }

  @Nested
  class Notifications extends NotificationRepositoryContract {
    @Override
    protected Store newStore() {
      return database().open();
    }

    @Override
    protected void closeStore(Store store) {
      database().close(store);
    }
  }

  @Nested
  class UsageEvents extends UsageEventRepositoryContract {
    @Override
    protected Store newStore() {
      return database().open();
    }

    @Override
    protected void closeStore(Store store) {
      database().close(store);
    }
  }

  @Nested
  class SharingGroups extends SharingGroupRepositoryContract {
    @Override
    protected Store newStore() {
      return database().open();
    }

    @Override
    protected void closeStore(Store store) {
      database().close(store);
    }
  }

  @Nested
  class Adapter extends JpaAdapterBehaviour {
    @Override
    TestDatabase database() {
      return StoreContractSuite.this.database();
    }
  }

  @Nested
  class Notifying extends JpaNotificationBehaviour {
    @Override
    TestDatabase database() {
      return StoreContractSuite.this.database();
    }
  }

  @Nested
  class Sharing extends JpaSharingBehaviour {
    @Override
    TestDatabase database() {
      return StoreContractSuite.this.database();
    }
  }

  @Nested
  class Rating extends JpaRatingBehaviour {
    @Override
    TestDatabase database() {
      return StoreContractSuite.this.database();
    }
  }

  @Nested
  class Purge extends JpaPurgeBehaviour {
    @Override
    TestDatabase database() {
      return StoreContractSuite.this.database();
    }
  }

  @Nested
  class Onboarding extends JpaOnboardingBehaviour {
    @Override
    TestDatabase database() {
      return StoreContractSuite.this.database();
    }
  }

  @Nested
  class Migrations extends JpaMigrationBehaviour {
    @Override
    TestDatabase database() {
      return StoreContractSuite.this.database();
    }
  }
}
