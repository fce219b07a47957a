package org.monetization.subscription;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.monetization.customer.CustomerId;
import org.monetization.time.Validity;

/**
 * A customer's service (SUB-7), e.g. a mobile line: identified by a service identifier unique among all
 * services (a phone number, or a generated epoch-millisecond id), provisioned by the service products of a
 * subscription, with its devices, event generators, validity and status. Immutable; storage bumps
 * {@link #version()} on every update.
 *
 * @param identifier unique among all services
 * @param subscriptionId the subscription whose product provisioned it
 * @param customerId the subscriber
 * @param products the subscription's product lines it provisions, by service type code: one service (a
 *     mobile line) may carry a voice, a data and an SMS product, at most one of each service type
 * @param validity when usage is accepted
 * @param status active, inactive or cancelled
 * @param devices device identifiers (IMEI, CPE serial...)
 * @param eventGenerators identifiers of the network elements that report its usage
 * @param version optimistic-lock version
 */
public record ProvisionedService(
    String identifier,
    SubscriptionId subscriptionId,
    CustomerId customerId,
    Map<String, Integer> products,
    Validity validity,
    ServiceStatus status,
    List<String> devices,
    List<String> eventGenerators,
    long version) {

  /** Copies the lists. */
  public ProvisionedService {
    requireNonNull(identifier, "identifier");
    requireNonNull(subscriptionId, "subscriptionId");
    requireNonNull(customerId, "customerId");
    products = Map.copyOf(products);
    requireNonNull(validity, "validity");
    requireNonNull(status, "status");
    devices = List.copyOf(devices);
    eventGenerators = List.copyOf(eventGenerators);
  }

  /**
   * Returns a copy with the editable parts replaced.
   *
   * @param newValidity the validity
   * @param newStatus the status
   * @param newDevices the devices
   * @param newGenerators the event generators
   * @return the changed service
   */
  public ProvisionedService with(
      Validity newValidity, ServiceStatus newStatus, List<String> newDevices, List<String> newGenerators) {
    return new ProvisionedService(identifier, subscriptionId, customerId, products, newValidity, newStatus,
        newDevices, newGenerators, version);
  }

  /**
   * Returns a copy bound to other product lines.
   *
   * @param newProducts the product lines by service type
   * @return the changed service
   */
  public ProvisionedService withProducts(Map<String, Integer> newProducts) {
    return new ProvisionedService(
        identifier, subscriptionId, customerId, newProducts, validity, status, devices, eventGenerators, version);
  }

  /**
   * Returns a copy with the given version; for storage adapters.
   *
   * @param value the stored version
   * @return the copy
   */
  public ProvisionedService withVersion(long value) {
    return new ProvisionedService(
        identifier, subscriptionId, customerId, products, validity, status, devices, eventGenerators, value);
  }
}
