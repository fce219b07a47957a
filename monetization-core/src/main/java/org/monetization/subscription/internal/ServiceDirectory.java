package org.monetization.subscription.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.monetization.error.ConflictException;
import org.monetization.error.FieldErrors;
import org.monetization.error.NotFoundException;
import org.monetization.internal.CommandRunner;
import org.monetization.spi.Store;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.ServiceChange;
import org.monetization.subscription.ServiceStatus;
import org.monetization.subscription.Services;
import org.monetization.subscription.SubscriptionEvent;
import org.monetization.subscription.SubscriptionId;

/** {@link Services} over a {@link Store}. */
public final class ServiceDirectory implements Services {
  private final Store store;
  private final CommandRunner runner;
  private final Clock clock;
  private final Provisioning provisioning;

  /**
   * Creates the service.
   *
   * @param store where services live
   * @param runner runs commands in transactions and publishes their events
   * @param clock the source of every timestamp
   */
  public ServiceDirectory(Store store, CommandRunner runner, Clock clock) {
    this.store = store;
    this.runner = runner;
    this.clock = clock;
    this.provisioning = new Provisioning(store, clock);
  }

  @Override
  public Optional<ProvisionedService> find(String identifier) {
    return store.services().find(identifier);
  }

  @Override
  public List<ProvisionedService> ofSubscription(SubscriptionId subscriptionId) {
    return store.services().ofSubscription(subscriptionId);
  }

  @Override
  public ProvisionedService edit(String identifier, ServiceChange change) {
    FieldErrors errors = new FieldErrors();
    errors.check(change.status() != ServiceStatus.CANCELLED, "status",
        "cancel the product or the subscription to cancel a service");
    checkNames(change.devices(), "devices", errors);
    checkNames(change.eventGenerators(), "eventGenerators", errors);
    errors.throwIfAny();
    return runner.run(events -> {
      ProvisionedService service = store.services().find(identifier)
          .orElseThrow(() -> new NotFoundException("no service has identifier '" + identifier + "'"));
      provisioning.activeCustomer(service.customerId());
      if (service.status() == ServiceStatus.CANCELLED) {
        throw new ConflictException(ConflictException.Reason.ILLEGAL_STATE, "service " + identifier + " is cancelled");
      }
      ProvisionedService changed = service.with(
          change.validity() == null ? service.validity() : change.validity(),
          change.status() == null ? service.status() : change.status(),
          change.devices() == null ? service.devices() : change.devices(),
          change.eventGenerators() == null ? service.eventGenerators() : change.eventGenerators());
      events.add(new SubscriptionEvent.ServiceChanged(service.subscriptionId(), identifier, changed.status(),
          clock.instant()));
      return store.services().update(changed);
    });
  }

  private static void checkNames(List<String> names, String field, FieldErrors errors) {
    if (names != null) {
      for (int i = 0; i < names.size(); i++) {
        errors.requireText(field + "[" + i + "]", names.get(i));
      }
    }
  }
}
