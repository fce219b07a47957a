package org.monetization.rating.internal;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroup;
import org.monetization.billing.BillingProfile;
import org.monetization.catalog.Bundle;
import org.monetization.catalog.Product;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.config.Configuration;
import org.monetization.config.Resource;
import org.monetization.config.ServiceType;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerStatus;
import org.monetization.error.MonetizationException;
import org.monetization.error.NotFoundException;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingMember;
import org.monetization.spi.Store;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionStatus;

/**
 * Resolves service identifier and service type to a {@link ServiceContext} through the store, once per
 * batch: a batch of a thousand events of one line reads the service, subscription, group, profile and
 * customer once. Failures are remembered too. Mutable state is never cached across batches, so a closed
 * account or a suspended service takes effect at the next batch; only compiled tariffs are, keyed by the
 * immutable catalog version. Not thread-safe: one per batch attempt.
 */
final class ServiceContexts {
  /** The cache key of a compiled tariff: catalog versions never change, so it never goes stale. */
  record TariffKey(int catalogVersion, String bundleCode, String productCode) {}

  private record Key(String serviceIdentifier, String serviceType) {}

  private final Store store;
  private final Configuration configuration;
  private final Cache<TariffKey, CompiledTariff> tariffs;
  private final Map<Key, Object> resolved = new HashMap<>();
  private final Map<String, Resource> resources = new HashMap<>();
  private @Nullable ServiceContext last;

  ServiceContexts(Store store, Configuration configuration, Cache<TariffKey, CompiledTariff> tariffs) {
    this.store = store;
    this.configuration = configuration;
    this.tariffs = tariffs;
  }

  /**
   * Returns the context of the service's product of the type.
   *
   * @throws NotFoundException if there is no such service or product
   */
  ServiceContext resolve(String serviceIdentifier, String serviceType) {
    ServiceContext previous = last;
    if (previous != null && previous.service.identifier().equals(serviceIdentifier)
        && previous.serviceType.code().equals(serviceType)) {
      return previous; // events of one line come in runs
    }
    Object found = resolved.computeIfAbsent(new Key(serviceIdentifier, serviceType), key -> {
      try {
        return load(serviceIdentifier, serviceType);
      } catch (MonetizationException e) {
        return e;
      }
    });
    if (found instanceof MonetizationException failure) {
      throw failure;
    }
    last = (ServiceContext) found;
    return last;
  }

  /** Returns the resource of a code, or null when it is neither defined nor a currency. */
  @Nullable Resource resource(String code) {
    return resources.computeIfAbsent(code, c -> configuration.resource(c).orElse(null));
  }

  private ServiceContext load(String identifier, String type) {
    ProvisionedService service = store.services().find(identifier)
        .orElseThrow(() -> new NotFoundException("no service has identifier '" + identifier + "'"));
    Integer lineNumber = service.products().get(type);
    if (lineNumber == null) {
      throw new NotFoundException("service " + identifier + " has no product of service type '" + type + "'");
    }
    Subscription subscription = store.subscriptions().find(service.subscriptionId()).orElseThrow();
    SubscribedProduct line = subscription.line(lineNumber).orElseThrow();
    PublishedCatalog published = store.catalog().find(subscription.catalogVersion()).orElseThrow();
    ProductCatalog catalog = published.catalog();
    Bundle bundle = catalog.bundle(line.bundleCode()).orElseThrow();
    Product product = bundle.product(line.productCode()).orElseThrow();
    ServiceType serviceType = catalog.serviceType(type).orElseThrow();
    if (product.tariff() == null) {
      throw new NotFoundException("product " + product.code() + " of service " + identifier + " has no tariff");
    }
    CompiledTariff tariff = tariffs.get(new TariffKey(published.version(), bundle.code(), product.code()),
        key -> new CompiledTariff(product.tariff()));
    BalanceGroup group = store.balanceGroups().find(subscription.balanceGroupId()).orElseThrow();
    BillingProfile profile = store.billingProfiles().find(group.billingProfileId()).orElseThrow();
    Customer customer = store.customers().find(subscription.customerId()).orElseThrow();
    Resource money = configuration.resource(profile.currency().getCurrencyCode()).orElseThrow();
    return new ServiceContext(service, subscription, line, serviceType, tariff, profile, customer, money,
        sharedSource(subscription));
  }

  /** Returns what the subscription may draw on as a sharing member, or null when it is none. */
  private @Nullable SharedSource sharedSource(Subscription subscription) {
    SharingGroup group = store.sharingGroups().ofMember(subscription.id()).orElse(null);
    if (group == null || group.ownerGroupId().equals(subscription.balanceGroupId())) {
      return null; // joining refuses a shared own group; a balance drawn twice per event would overdraw
    }
    SharingMember member = group.member(subscription.id()).orElseThrow();
    Subscription owner = store.subscriptions().find(group.ownerSubscriptionId()).orElseThrow();
    Customer ownerCustomer = store.customers().find(owner.customerId()).orElseThrow();
    BalanceGroup ownerGroup = store.balanceGroups().find(group.ownerGroupId()).orElseThrow();
    BillingProfile ownerProfile = store.billingProfiles().find(ownerGroup.billingProfileId()).orElseThrow();
    boolean ownerInForce = owner.status() == SubscriptionStatus.ACTIVE && ownerCustomer.status() != CustomerStatus.CLOSED;
    return new SharedSource(group, member, ownerProfile, ownerInForce);
  }
}
