package org.monetization.notification.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.RedeliveryReport;
import org.monetization.notification.RedeliveryRequest;
import org.monetization.spi.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the resend job: first gives up, in one transaction, every delivery it would otherwise attempt
 * whose notification is older than the request's maximum age (expired); then selects the deliveries that are
 * due (pending past the grace period, failed below the maximum of attempts, in flight under an expired
 * lease), oldest first, and makes one attempt of each through the {@link Courier}; an expired lease at the
 * maximum of attempts is given up instead. Runs in the caller's thread; every claim and outcome is a
 * transaction of its own, so a run that stops midway leaves nothing half done. Thread-safe.
 *
 * <p>Expiring before selecting, set-based, rather than as the selection meets stale deliveries: the selection
 * takes the oldest first, so a backlog of stale ones (rows failed before retry delays, a long outage) would
 * otherwise fill run after run up to the limit and hold back the fresh notifications behind it.
 */
final class Redelivery {
  private static final Logger log = LoggerFactory.getLogger(Redelivery.class);

  private final Store store;
  private final Courier courier;
  private final Clock clock;

  Redelivery(Store store, Courier courier, Clock clock) {
    this.store = requireNonNull(store);
    this.courier = requireNonNull(courier);
    this.clock = requireNonNull(clock);
  }

  /** Runs the job; the request was validated. */
  RedeliveryReport run(RedeliveryRequest request) {
    Instant now = clock.instant();
    String reason = "not sent within the resend job's maximum age (" + request.maxAge() + ") of the notification";
    int expired = store.transactions().inTransaction(() -> store.notifications()
        .expire(now.minus(request.maxAge()), now, request.maxAttempts(), reason));
    List<NotificationDelivery> due = store.notifications()
        .redeliverable(now.minus(request.pendingGrace()), now, request.maxAttempts(), request.limit());
    Map<Long, Optional<Notification>> notifications = new HashMap<>();
    int sent = 0;
    int failed = 0;
    int gaveUp = 0;
    int skipped = 0;
    for (NotificationDelivery delivery : due) {
      if (delivery.status() == NotificationDelivery.Status.IN_FLIGHT && delivery.attempts() >= request.maxAttempts()) {
        if (courier.giveUp(delivery)) {
          gaveUp++;
        } else {
          skipped++;
        }
        continue;
      }
      Optional<Notification> notification =
          notifications.computeIfAbsent(delivery.notificationId(), id -> store.notifications().find(id));
      if (notification.isEmpty()) {
        // Stores delete deliveries with their notification; one without is left alone rather than guessed at.
        log.warn("delivery through channel '{}' of notification {} has no notification", delivery.channel(),
            delivery.notificationId());
        skipped++;
        continue;
      }
      switch (courier.attempt(notification.get(), delivery)) {
        case SENT -> sent++;
        case FAILED -> {
          if (delivery.attempts() + 1 >= request.maxAttempts()) {
            gaveUp++;
          } else {
            failed++;
          }
        }
        case NOT_CLAIMED -> skipped++;
      }
    }
    RedeliveryReport report = new RedeliveryReport(sent, failed, gaveUp, skipped, expired);
    if (report.selected() > 0 || expired > 0) {
      log.info("notification resend: {} sent, {} failed, {} given up, {} skipped, {} expired", sent, failed, gaveUp,
          skipped, expired);
    }
    return report;
  }
}
