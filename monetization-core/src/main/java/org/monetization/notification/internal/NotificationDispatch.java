package org.monetization.notification.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroup;
import org.monetization.event.DomainEvent;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.NotificationEvent;
import org.monetization.spi.DomainEventListener;
import org.monetization.spi.NotificationChannel;
import org.monetization.spi.NotificationMessage;
import org.monetization.spi.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends recorded notifications through their channels. It listens to committed domain events, so a
 * notification is sent only once the command that recorded it committed, outside its transaction, and a
 * failed or retried attempt sends nothing. Each attempt is recorded as a {@link NotificationDelivery} in a
 * transaction of its own; a channel's failure is logged (type and message, never the notification's
 * destination or credentials) and recorded, and never reaches the command. Thread-safe.
 */
public final class NotificationDispatch implements DomainEventListener {
  private static final Logger log = LoggerFactory.getLogger(NotificationDispatch.class);

  private static final int MAX_DETAIL = 1000;

  private final Store store;
  private final Clock clock;
  private final Map<String, NotificationChannel> channels;

  /**
   * Creates the dispatch.
   *
   * @param store where deliveries are recorded
   * @param clock the source of delivery times
   * @param channels the registered channels, by name
   */
  public NotificationDispatch(Store store, Clock clock, Map<String, NotificationChannel> channels) {
    this.store = requireNonNull(store);
    this.clock = requireNonNull(clock);
    this.channels = Map.copyOf(channels);
  }

  @Override
  public void onEvent(DomainEvent event) {
    if (event instanceof NotificationEvent.Recorded recorded) {
      send(recorded.notification());
    }
  }

  private void send(Notification notification) {
    Optional<BalanceGroup> group = store.balanceGroups().find(notification.groupId());
    for (String name : notification.channels()) {
      NotificationChannel channel = channels.get(name);
      String failure = null;
      if (channel == null) {
        failure = "no channel named '" + name + "' is registered";
      } else if (group.isEmpty()) {
        failure = "balance group " + notification.groupId() + " no longer exists";
      } else {
        try {
          channel.send(new NotificationMessage(notification, group.get().customerId(), name));
        } catch (RuntimeException e) {
          failure = bounded(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
      if (failure != null) {
        log.warn("notification {} was not sent through channel '{}': {}", notification.id(), name, failure);
      }
      record(notification, name, failure);
    }
  }

  /** Keeps a failure's description within what every store holds (1,000 characters). */
  private static String bounded(String text) {
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
  }

  private void record(Notification notification, String channel, @Nullable String failure) {
    NotificationDelivery delivery = new NotificationDelivery(notification.id(), channel,
        failure == null ? NotificationDelivery.Status.SENT : NotificationDelivery.Status.FAILED, failure,
        clock.instant());
    try {
      store.transactions().inTransaction(() -> {
        store.notifications().insertDelivery(delivery);
        return null;
      });
    } catch (RuntimeException e) {
      log.warn("the delivery of notification {} through channel '{}' could not be recorded: {}",
          notification.id(), channel, e.getClass().getSimpleName());
    }
  }
}
