package org.monetization.notification;

import java.time.Duration;

/**
 * What one run of the resend job ({@link Notifications#redeliver(RedeliveryRequest)}) takes on: at most
 * {@code limit} deliveries, oldest first, among those pending for longer than the grace period, failed fewer
 * than {@code maxAttempts} times, or in flight under an expired lease, of notifications recorded within the
 * last {@code maxAge}. Immutable; the values are checked by the command, which names every bad one.
 *
 * <pre>{@code
 * // from the host's scheduler, every minute on every node:
 * RedeliveryReport report = monetization.notifications().redeliver(RedeliveryRequest.of(100));
 * // a host whose customers must not hear of a crossing more than six hours late:
 * monetization.notifications().redeliver(RedeliveryRequest.of(100).withMaxAge(Duration.ofHours(6)));
 * }</pre>
 *
 * <p>The maximum age is the job's, like the maximum of attempts, rather than a setting of
 * {@code Monetization.Builder} (where the lease and the retry delays live, which every sender needs): only the
 * resend job meets old deliveries, since the after-commit dispatch sends a notification moments after it was
 * recorded, and the job checks it against the grace period of the same request.
 *
 * @param limit how many deliveries to take on, 1 to {@value #MAX_LIMIT}
 * @param maxAttempts how many attempts a delivery gets in all, the after-commit one included, at least 1: a
 *     delivery that failed this many times is given up, stays {@link NotificationDelivery.Status#FAILED} and
 *     is not selected again (a later request with a higher maximum takes it on again)
 * @param pendingGrace how long a pending delivery is left to the after-commit dispatch before the job sends
 *     it, from zero to {@link #MAX_PENDING_GRACE}: longer than the time between a command's commit and its
 *     dispatch, so that the job only picks up what a stopped process left behind. A shorter one sends nothing
 *     twice (the first claim wins), it only makes the job do the dispatch's work
 * @param maxAge how long after its notification was recorded ({@link Notification#occurredAt()}) a delivery
 *     may still be sent, longer than {@code pendingGrace} and at most {@link #LONGEST_MAX_AGE}: the job gives
 *     up every older delivery it would otherwise attempt (pending, failed below the maximum of attempts,
 *     in flight under an expired lease) as {@link NotificationDelivery.Status#EXPIRED}, for good: unlike a
 *     maximum of attempts, a later request with a longer age does not take it on again, since the
 *     notification it carries is stale
 */
public record RedeliveryRequest(int limit, int maxAttempts, Duration pendingGrace, Duration maxAge) {

  /** The most deliveries one run takes on. */
  public static final int MAX_LIMIT = 1000;

  /** The attempts of {@link #of(int)}: the after-commit one and four retries. */
  public static final int DEFAULT_MAX_ATTEMPTS = 5;

  /** The grace period of {@link #of(int)}. */
  public static final Duration DEFAULT_PENDING_GRACE = Duration.ofMinutes(1);

  /** The longest grace period: a dispatch runs within moments of its commit, never a day after. */
  public static final Duration MAX_PENDING_GRACE = Duration.ofDays(1);

  /**
   * The maximum age of {@link #of(int)}: a day, after which a balance's credit has usually moved on from the
   * crossing a notification reports.
   */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(24);

  /** The longest maximum age: a credit notification older than a month says nothing of the balance now. */
  public static final Duration LONGEST_MAX_AGE = Duration.ofDays(30);

  /**
   * Returns a request for at most {@code limit} deliveries, with {@value #DEFAULT_MAX_ATTEMPTS} attempts, a
   * grace period of one minute and a maximum age of 24 hours.
   *
   * @param limit how many deliveries to take on
   * @return the request
   */
  public static RedeliveryRequest of(int limit) {
    return new RedeliveryRequest(limit, DEFAULT_MAX_ATTEMPTS, DEFAULT_PENDING_GRACE, DEFAULT_MAX_AGE);
  }

  /**
   * Returns this request with another maximum of attempts.
   *
   * @param value the attempts a delivery gets in all
   * @return the request
   */
  public RedeliveryRequest withMaxAttempts(int value) {
    return new RedeliveryRequest(limit, value, pendingGrace, maxAge);
  }

  /**
   * Returns this request with another grace period for pending deliveries.
   *
   * @param value the grace period
   * @return the request
   */
  public RedeliveryRequest withPendingGrace(Duration value) {
    return new RedeliveryRequest(limit, maxAttempts, value, maxAge);
  }

  /**
   * Returns this request with another maximum age of the notifications it still sends.
   *
   * @param value the maximum age
   * @return the request
   */
  public RedeliveryRequest withMaxAge(Duration value) {
    return new RedeliveryRequest(limit, maxAttempts, pendingGrace, value);
  }
}
