package org.monetization.spi;

import java.util.List;
import java.util.Optional;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.SubscriptionId;

/**
 * Stores provisioned services. The service identifier is unique among all services: the store enforces
 * it, also between concurrent transactions (a unique key, not a read-then-write check).
 */
public interface ServiceRepository {

  /**
   * Stores a new service at version 0.
   *
   * @param service the service
   * @return the stored service
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if its identifier is
   *     taken
   */
  ProvisionedService insert(ProvisionedService service);

  /**
   * Replaces a stored service, provided nobody else changed it since it was read.
   *
   * @param service the new state, carrying the version it was read at
   * @return the stored service, at the next version
   * @throws org.monetization.error.ConflictException with reason {@code CONCURRENT_UPDATE} if the stored
   *     version differs
   */
  ProvisionedService update(ProvisionedService service);

  /**
   * Returns the service with the given identifier.
   *
   * @param identifier the service identifier
   * @return the service, if stored
   */
  Optional<ProvisionedService> find(String identifier);

  /**
   * Returns the services of a subscription, by identifier.
   *
   * @param subscriptionId the subscription
   * @return the services
   */
  List<ProvisionedService> ofSubscription(SubscriptionId subscriptionId);

  /**
   * Deletes every provisioned service of a subscription, with its devices and network elements, for the
   * purge of a closed account (CUS-8): their identifiers can then be provisioned again.
   *
   * @param subscriptionId the subscription
   * @return the number of services deleted
   */
  int deleteOfSubscription(SubscriptionId subscriptionId);
}
