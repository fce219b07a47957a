package org.monetization.subscription;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of a plan change (SUB-5): the subscription on its new plan and the prorated amounts the
 * change left for the next bill (credits for the unused part of the old recurring fees, charges for the
 * rest of the cycle on the new ones). Immutable.
 *
 * @param subscription the subscription after the change
 * @param proration the prorated credits (negative) and charges (positive)
 */
public record PlanTransition(Subscription subscription, List<PendingCharge> proration) {

  /** Copies the list. */
  public PlanTransition {
    requireNonNull(subscription, "subscription");
    proration = List.copyOf(proration);
  }
}
