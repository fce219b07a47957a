package org.monetization.notification;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What one run of the resend job did: with the deliveries it selected, each counted once, and with those it
 * gave up as too old before selecting. Immutable.
 *
 * @param sent attempts the channel accepted
 * @param failed attempts that failed below the maximum of attempts: a later run retries them
 * @param gaveUp deliveries given up: an attempt failed at the maximum, or a sender's lease expired without an
 *     outcome at the maximum (nothing was sent then); they stay {@link NotificationDelivery.Status#FAILED}
 * @param skipped deliveries another sender (the after-commit dispatch, another run or node) claimed or
 *     finished between the selection and this run's claim: nothing was sent by this run
 * @param expired deliveries of notifications older than the request's maximum age, marked {@link
 *     NotificationDelivery.Status#EXPIRED} without an attempt; all of them, not bounded by the limit, and not
 *     part of {@link #selected()}
 */
public record RedeliveryReport(int sent, int failed, int gaveUp, int skipped, int expired) {

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public RedeliveryReport {
    checkArgument(sent >= 0 && failed >= 0 && gaveUp >= 0 && skipped >= 0 && expired >= 0,
        "counts must not be negative");
  }

  /**
   * Returns how many deliveries the run selected (expired ones are not): when it is the request's limit, more
   * may be due.
   */
  public int selected() {
    return sent + failed + gaveUp + skipped;
  }
}
