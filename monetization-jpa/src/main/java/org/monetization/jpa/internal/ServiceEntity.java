package org.monetization.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.CustomerId;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.ServiceStatus;
import org.monetization.subscription.SubscriptionId;
import org.monetization.time.Validity;

/**
 * The stored form of a {@link ProvisionedService}: one row of {@code mon_service} keyed by the service
 * identifier, whose primary key makes identifiers unique among all services, with the service's products
 * (service type to line) and its ordered devices and event generators in child tables. Like
 * {@link CustomerEntity}, {@link #version} is bumped by a conditional update of the repository.
 */
@Entity
@Table(name = "mon_service")
class ServiceEntity {
  /** Collections are fetched for this many services at once when several are read. */
  static final int FETCH_BATCH = 32;

  @Id
  @Column(name = "identifier")
  String identifier = "";

  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "subscription_id", nullable = false)
  long subscriptionId;

  @Column(name = "customer_id", nullable = false)
  long customerId;

  @Column(name = "status", nullable = false, length = 16)
  String status = "";

  @Column(name = "valid_from", nullable = false)
  Instant validFrom = Instant.EPOCH;

  @Column(name = "valid_to")
  @Nullable Instant validTo;

  @ElementCollection
  @CollectionTable(name = "mon_service_product", joinColumns = @JoinColumn(name = "service_identifier"))
  @MapKeyColumn(name = "service_type")
  @Column(name = "line_number", nullable = false)
  @BatchSize(size = FETCH_BATCH)
  Map<String, Integer> products = new HashMap<>();

  @ElementCollection
  @CollectionTable(name = "mon_service_device", joinColumns = @JoinColumn(name = "service_identifier"))
  @OrderColumn(name = "position")
  @Column(name = "device", nullable = false)
  @BatchSize(size = FETCH_BATCH)
  List<String> devices = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "mon_service_event_generator", joinColumns = @JoinColumn(name = "service_identifier"))
  @OrderColumn(name = "position")
  @Column(name = "event_generator", nullable = false)
  @BatchSize(size = FETCH_BATCH)
  List<String> eventGenerators = new ArrayList<>();

  /** Returns a new entity holding the service at the given version. */
  static ServiceEntity of(ProvisionedService service, long version) {
    ServiceEntity entity = new ServiceEntity();
    entity.identifier = service.identifier();
    entity.version = version;
    entity.copy(service);
    return entity;
  }

  /**
   * Overwrites every column and collection with the service's state, except the identifier and the
   * version, which the repository owns. Collections change in place, so Hibernate writes only what differs.
   */
  void copy(ProvisionedService service) {
    subscriptionId = service.subscriptionId().value();
    customerId = service.customerId().value();
    status = service.status().name();
    validFrom = StoredValues.instant(service.validity().from());
    validTo = StoredValues.nullableInstant(service.validity().to());
    if (!products.equals(service.products())) {
      products.keySet().retainAll(service.products().keySet());
      products.putAll(service.products());
    }
    SubscriptionEntity.replace(devices, service.devices());
    SubscriptionEntity.replace(eventGenerators, service.eventGenerators());
  }

  /** Returns the service the entity holds. */
  ProvisionedService toService() {
    return new ProvisionedService(
        identifier,
        new SubscriptionId(subscriptionId),
        CustomerId.of(customerId),
        products,
        new Validity(validFrom, validTo),
        ServiceStatus.valueOf(status),
        devices,
        eventGenerators,
        version);
  }

  @Override
  public String toString() {
    return "ServiceEntity[identifier=" + identifier + ", version=" + version + "]";
  }
}
