package org.monetization.notification.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.monetization.balance.BalanceGroupId;
import org.monetization.config.Configuration;
import org.monetization.config.Resource;
import org.monetization.error.FieldErrors;
import org.monetization.error.NotFoundException;
import org.monetization.internal.CommandRunner;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.NotificationEvent;
import org.monetization.notification.Notifications;
import org.monetization.notification.RedeliveryReport;
import org.monetization.notification.RedeliveryRequest;
import org.monetization.notification.Threshold;
import org.monetization.spi.Store;

/** {@link Notifications} over a {@link Store}. */
public final class NotificationService implements Notifications {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Amounts and limits stay below 10^18, so that every level and notification fits each store's numbers. */
  private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(18);

  private final Store store;
  private final CommandRunner runner;
  private final Configuration configuration;
  private final Clock clock;
  private final Set<String> channels;
  private final Redelivery redelivery;

  /**
   * Creates the service.
   *
   * @param store where profiles and notifications live
   * @param runner runs commands in transactions and publishes their events
   * @param configuration the resources thresholds name
   * @param clock the source of every timestamp
   * @param channels the names of the registered notification channels
   * @param courier makes the attempts of the resend job
   */
  public NotificationService(Store store, CommandRunner runner, Configuration configuration, Clock clock,
      Set<String> channels, Courier courier) {
    this.store = requireNonNull(store);
    this.runner = requireNonNull(runner);
    this.configuration = requireNonNull(configuration);
    this.clock = requireNonNull(clock);
    this.channels = Set.copyOf(channels);
    this.redelivery = new Redelivery(store, courier, clock);
  }

  @Override
  public CreditProfile defineCreditProfile(CreditProfile profile) {
    requireNonNull(profile, "profile");
    validate(profile);
    return runner.run(events -> {
      group(profile.groupId());
      store.creditProfiles().save(profile);
      events.add(new NotificationEvent.ProfileDefined(profile.groupId(), profile, clock.instant()));
      return profile;
    });
  }

  private void validate(CreditProfile profile) {
    FieldErrors errors = new FieldErrors();
    errors.check(!profile.thresholds().isEmpty(), "thresholds", "at least one threshold is required");
    Map<String, Integer> levels = new HashMap<>();
    for (int i = 0; i < profile.thresholds().size(); i++) {
      Threshold threshold = profile.thresholds().get(i);
      String field = "thresholds[" + i + "]";
      Optional<Resource> resource = configuration.resource(threshold.resource());
      errors.check(resource.isPresent(), field + ".resource", "unknown resource '" + threshold.resource() + "'");
      boolean valid = errors.check(threshold.value().signum() >= 0, field + ".value", "must not be negative");
      BigDecimal limit = threshold.limit();
      if (threshold.kind() == Threshold.Kind.AMOUNT) {
        errors.check(limit == null, field + ".limit", "only a percentage has a limit");
        valid &= errors.check(threshold.value().compareTo(MAX_AMOUNT) < 0, field + ".value", "at most 18 digits");
        if (valid && resource.isPresent()) {
          valid = errors.check(resource.get().fits(threshold.value()), field + ".value",
              "at most " + resource.get().scale() + " decimals");
        }
      } else {
        valid &= errors.check(threshold.value().compareTo(HUNDRED) <= 0, field + ".value", "at most 100 (percent)");
        valid &= errors.check(limit != null && limit.signum() > 0 && limit.compareTo(MAX_AMOUNT) < 0,
            field + ".limit", "must be positive, at most 18 digits");
        if (valid && resource.isPresent()) {
          int scale = resource.get().scale();
          valid = errors.check(resource.get().fits(requireNonNull(limit)), field + ".limit",
              "at most " + scale + " decimals")
              && errors.check(resource.get().fits(threshold.level()), field + ".value",
                  "the level (this percentage of the limit) must have at most " + scale + " decimals");
        }
      }
      if (valid) {
        String key = threshold.resource() + "@" + threshold.level().stripTrailingZeros().toPlainString();
        Integer same = levels.putIfAbsent(key, i);
        errors.check(same == null, field, "same resource and level as thresholds[" + same + "]");
      }
    }
    errors.check(!profile.channels().isEmpty(), "channels", "at least one channel is required");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < profile.channels().size(); i++) {
      String name = profile.channels().get(i);
      if (errors.check(channels.contains(name), "channels[" + i + "]", "no channel named '" + name + "' is registered")) {
        errors.check(seen.add(name), "channels[" + i + "]", "'" + name + "' is named twice");
      }
    }
    errors.throwIfAny();
  }

  @Override
  public void removeCreditProfile(BalanceGroupId groupId) {
    requireNonNull(groupId, "groupId");
    runner.run(events -> {
      group(groupId);
      if (store.creditProfiles().find(groupId).isPresent()) {
        store.creditProfiles().delete(groupId);
        events.add(new NotificationEvent.ProfileRemoved(groupId, clock.instant()));
      }
      return null;
    });
  }

  @Override
  public Optional<CreditProfile> creditProfile(BalanceGroupId groupId) {
    return store.creditProfiles().find(requireNonNull(groupId, "groupId"));
  }

  @Override
  public List<Notification> notifications(BalanceGroupId groupId) {
    return store.notifications().ofGroup(group(groupId));
  }

  @Override
  public List<NotificationDelivery> deliveries(long notificationId) {
    return store.notifications().deliveries(notificationId);
  }

  @Override
  public RedeliveryReport redeliver(RedeliveryRequest request) {
    requireNonNull(request, "request");
    FieldErrors errors = new FieldErrors();
    errors.check(request.limit() >= 1 && request.limit() <= RedeliveryRequest.MAX_LIMIT, "limit",
        "must be between 1 and " + RedeliveryRequest.MAX_LIMIT);
    errors.check(request.maxAttempts() >= 1, "maxAttempts", "must be at least 1");
    boolean graceValid = errors.require("pendingGrace", request.pendingGrace())
        && errors.check(!request.pendingGrace().isNegative()
            && request.pendingGrace().compareTo(RedeliveryRequest.MAX_PENDING_GRACE) <= 0, "pendingGrace",
            "must be between zero and one day");
    if (errors.require("maxAge", request.maxAge())) {
      // An age within the grace period would expire pending deliveries before the job ever sent them.
      Duration shortest = graceValid ? request.pendingGrace() : Duration.ZERO;
      errors.check(request.maxAge().compareTo(shortest) > 0
          && request.maxAge().compareTo(RedeliveryRequest.LONGEST_MAX_AGE) <= 0, "maxAge",
          "must be longer than pendingGrace and at most 30 days");
    }
    errors.throwIfAny();
    return redelivery.run(request);
  }

  private BalanceGroupId group(BalanceGroupId id) {
    requireNonNull(id, "groupId");
    if (store.balanceGroups().find(id).isEmpty()) {
      throw new NotFoundException("balance group " + id + " does not exist");
    }
    return id;
  }
}
