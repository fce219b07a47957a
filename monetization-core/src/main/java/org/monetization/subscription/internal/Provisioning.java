package org.monetization.subscription.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerId;
import org.monetization.customer.CustomerStatus;
import org.monetization.error.ConflictException;
import org.monetization.error.NotFoundException;
import org.monetization.event.DomainEvent;
import org.monetization.spi.Store;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.ServiceStatus;
import org.monetization.subscription.SubscribedProduct;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionEvent;
import org.monetization.subscription.SubscriptionId;
import org.monetization.time.Validity;

/**
 * Keeps provisioned services in step with product lines: provisions the services of new lines, rebinds
 * services to the lines that replace old ones, cancels a service left without lines, and moves the
 * customer's service count. Runs inside the caller's transaction.
 */
final class Provisioning {
  private final Store store;
  private final Clock clock;

  Provisioning(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  Customer activeCustomer(CustomerId id) {
    Customer customer = store.customers().find(id)
        .orElseThrow(() -> new NotFoundException("customer " + id + " does not exist"));
    if (customer.status() == CustomerStatus.CLOSED) {
      throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE, "customer " + id + " is closed");
    }
    return customer;
  }

  /** Whether an identifier is used by a service of another subscription than {@code own}. */
  Predicate<String> taken(@Nullable SubscriptionId own) {
    return identifier -> store.services().find(identifier)
        .filter(s -> !s.subscriptionId().equals(own)).isPresent();
  }

  /** The identifiers of the subscription's live services, by the service types they carry. */
  Map<String, String> identifiersByType(Subscription subscription) {
    Map<String, String> byType = new HashMap<>();
    for (ProvisionedService service : store.services().ofSubscription(subscription.id())) {
      if (service.status() != ServiceStatus.CANCELLED) {
        service.products().keySet().forEach(type -> byType.putIfAbsent(type, service.identifier()));
      }
    }
    return byType;
  }

  /** Provisions the draft's new services and attaches its lines to the subscription's existing ones. */
  void provisionNew(Subscription subscription, Draft draft, List<DomainEvent> events, Instant now) {
    int added = 0;
    for (Map.Entry<String, Map<String, Integer>> entry : draft.services().entrySet()) {
      Optional<ProvisionedService> existing = store.services().find(entry.getKey());
      if (existing.isPresent()) {
        Map<String, Integer> products = new HashMap<>(existing.get().products());
        products.putAll(entry.getValue());
        store.services().update(existing.get().withProducts(products));
      } else {
        provision(new ProvisionedService(entry.getKey(), subscription.id(), subscription.customerId(),
            entry.getValue(), Validity.from(now), ServiceStatus.ACTIVE, List.of(), List.of(), 0), events);
        added++;
      }
    }
    count(subscription.customerId(), 0, added);
  }

  /** After a plan change: services keep their identifiers, now bound to the new plan's lines of their types. */
  void rebindServices(Subscription subscription, Draft draft, Instant at, List<DomainEvent> events) {
    Map<String, Map<String, Integer>> fresh = draft.services();
    int delta = 0;
    for (ProvisionedService service : store.services().ofSubscription(subscription.id())) {
      if (service.status() == ServiceStatus.CANCELLED) {
        continue;
      }
      Map<String, Integer> products = new HashMap<>(fresh.getOrDefault(service.identifier(), Map.of()));
      for (Map.Entry<String, Integer> bound : service.products().entrySet()) {
        subscription.line(bound.getValue()).filter(SubscribedProduct::isActive)
            .ifPresent(line -> products.putIfAbsent(bound.getKey(), line.line()));
      }
      if (rebind(service, products, at, events)) {
        delta--;
      }
      fresh.remove(service.identifier());
    }
    for (Map.Entry<String, Map<String, Integer>> entry : fresh.entrySet()) {
      provision(new ProvisionedService(entry.getKey(), subscription.id(), subscription.customerId(),
          entry.getValue(), Validity.from(at), ServiceStatus.ACTIVE, List.of(), List.of(), 0), events);
      delta++;
    }
    count(subscription.customerId(), 0, delta);
  }

  /** Removes a cancelled line from its service; a service left without products is cancelled. */
  void detach(SubscribedProduct line, Instant at, List<DomainEvent> events) {
    ProvisionedService service = store.services().find(line.serviceIdentifier()).orElseThrow();
    Map<String, Integer> products = new HashMap<>(service.products());
    products.values().removeIf(l -> l == line.line());
    if (rebind(service, products, at, events)) {
      count(service.customerId(), 0, -1);
    }
  }

  /**
   * Binds a service to other product lines; a service left with none is cancelled at {@code at}.
   *
   * @return whether the service ended
   */
  boolean rebind(ProvisionedService service, Map<String, Integer> products, Instant at,
      List<DomainEvent> events) {
    if (!products.isEmpty()) {
      store.services().update(service.withProducts(products));
      return false;
    }
    store.services().update(service.with(endAt(service.validity(), at), ServiceStatus.CANCELLED,
        service.devices(), service.eventGenerators()));
    events.add(new SubscriptionEvent.ServiceChanged(service.subscriptionId(), service.identifier(),
        ServiceStatus.CANCELLED, at));
    return true;
  }

  /** Moves the customer's subscription and service counts shown in the customer list. */
  void count(CustomerId customerId, int subscriptions, int services) {
    if (subscriptions == 0 && services == 0) {
      return;
    }
    Customer customer = store.customers().find(customerId).orElseThrow();
    store.customers().update(customer.withCounts(Math.max(0, customer.subscriptionCount() + subscriptions),
        Math.max(0, customer.serviceCount() + services)));
  }

  void provision(ProvisionedService service, List<DomainEvent> events) {
    store.services().insert(service); // unique key: a concurrent command using the identifier gets DUPLICATE
    events.add(new SubscriptionEvent.ServiceChanged(service.subscriptionId(), service.identifier(),
        ServiceStatus.ACTIVE, clock.instant()));
  }

  /**
   * Ends a validity at {@code at}. An earlier end is kept; a validity that had not started yet is kept as
   * it is, the CANCELLED status saying that it will never be in force.
   */
  static Validity endAt(Validity validity, Instant at) {
    boolean endsLater = validity.to() == null || validity.to().isAfter(at);
    return endsLater && at.isAfter(validity.from()) ? new Validity(validity.from(), at) : validity;
  }
}
