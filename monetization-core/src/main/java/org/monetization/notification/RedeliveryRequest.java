package org.monetization.notification;

import java.time.Duration;

/**
 * What one run of the resend job ({@link Notifications#redeliver(RedeliveryRequest)}) takes on: at most
 * {@code limit} deliveries, oldest first, among those pending for longer than the grace period, failed fewer
 * than {@code maxAttempts} times, or in flight under an expired lease. Immutable; the values are checked by
 * the command, which names every bad one.
 *
 * <pre>{@code
 * // from the host's scheduler, every minute on every node:
 * RedeliveryReport report = monetization.notifications().redeliver(RedeliveryRequest.of(100));
 * }</pre>
 *
 * @param limit how many deliveries to take on, 1 to {@value #MAX_LIMIT}
 * @param maxAttempts how many attempts a delivery gets in all, the after-commit one included, at least 1: a
 *     delivery that failed this many times is given up, stays {@link NotificationDelivery.Status#FAILED} and
 *     is not selected again (a later request with a higher maximum takes it on again)
 * @param pendingGrace how long a pending delivery is left to the after-commit dispatch before the job sends
 *     it, from zero to {@link #MAX_PENDING_GRACE}: longer than the time between a command's commit and its
 *     dispatch, so that the job only picks up what a stopped process left behind. A shorter one sends nothing
 *     twice (the first claim wins), it only makes the job do the dispatch's work
 */
public record RedeliveryRequest(int limit, int maxAttempts, Duration pendingGrace) {

  /** The most deliveries one run takes on. */
  public static final int MAX_LIMIT = 1000;

  /** The attempts of {@link #of(int)}: the after-commit one and four retries. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  /** The grace period of {@link #of(int)}. */
  public static final Duration DEFAULT_PENDING_GRACE = Duration.ofMinutes(1);

  /** The longest grace period: a dispatch runs within moments of its commit, never a day after. */
  public static final Duration MAX_PENDING_GRACE = Duration.ofDays(1);

  /**
   * Returns a request for at most {@code limit} deliveries, with {@value #DEFAULT_MAX_ATTEMPTS} attempts and a
   * grace period of one minute.
   *
   * @param limit how many deliveries to take on
   * @return the request
   */
  public static RedeliveryRequest of(int limit) {
    return new RedeliveryRequest(limit, DEFAULT_MAX_ATTEMPTS, DEFAULT_PENDING_GRACE);
  }

  /**
   * Returns this request with another maximum of attempts.
   *
   * @param value the attempts a delivery gets in all
   * @return the request
   */
  public RedeliveryRequest withMaxAttempts(int value) {
    return new RedeliveryRequest(limit, value, pendingGrace);
  }

  /**
   * Returns this request with another grace period for pending deliveries.
   *
   * @param value the grace period
   * @return the request
   */
  public RedeliveryRequest withPendingGrace(Duration value) {
    return new RedeliveryRequest(limit, maxAttempts, value);
  }
}
