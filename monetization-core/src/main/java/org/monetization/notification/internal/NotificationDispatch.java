package org.monetization.notification.internal;

import static java.util.Objects.requireNonNull;

import org.monetization.event.DomainEvent;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.NotificationEvent;
import org.monetization.spi.DomainEventListener;

/**
 * Sends recorded notifications through their channels once the command that recorded them committed. It
 * listens to committed domain events, so a failed or retried attempt of a command sends nothing; for each
 * channel it claims the pending delivery the command recorded, sends, and records the outcome (see
 * {@link Courier}). A delivery the resend job claimed first is left to it. If the process stops before or
 * during this, the deliveries stay pending or in flight in the store, and the resend job sends them.
 * Thread-safe.
 */
public final class NotificationDispatch implements DomainEventListener {
  private final Courier courier;

  /**
   * Creates the dispatch.
   *
   * @param courier makes each attempt
   */
  public NotificationDispatch(Courier courier) {
    this.courier = requireNonNull(courier);
  }

  @Override
  public void onEvent(DomainEvent event) {
    if (event instanceof NotificationEvent.Recorded recorded) {
      Notification notification = recorded.notification();
      for (String channel : notification.channels()) {
        courier.attempt(notification,
            NotificationDelivery.pending(notification.id(), channel, notification.occurredAt()));
      }
    }
  }
}
