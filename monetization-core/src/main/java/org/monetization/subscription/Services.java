package org.monetization.subscription;

import java.util.List;
import java.util.Optional;
import org.monetization.error.ConflictException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;

/** Queries and edits provisioned services (SUB-7). Thread-safe. */
public interface Services {

  /**
   * Returns the service with the given identifier.
   *
   * @param identifier the service identifier
   * @return the service, if any
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
   * Edits a service's validity, status (active or inactive), devices and event generators.
   *
   * @param identifier the service identifier
   * @param change what to change
   * @return the updated service
   * @throws ValidationException if the status is CANCELLED or a device or generator is blank
   * @throws NotFoundException if no service has that identifier
   * @throws ConflictException if the service is cancelled or the account closed
   */
  ProvisionedService edit(String identifier, ServiceChange change);
}
