package org.monetization.sharing;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.monetization.subscription.SubscriptionId;
import org.monetization.time.Validity;

/**
 * A member's edit of its membership (BAL-8): its status, its validity, or both; an absent part is kept.
 * Immutable; checked by {@link Sharing#editMembership}.
 *
 * @param memberSubscriptionId the member subscription
 * @param status the new status, or null to keep it
 * @param validity the new validity, or null to keep it
 */
public record MembershipChange(
    SubscriptionId memberSubscriptionId, @Nullable MemberStatus status, @Nullable Validity validity) {

  /** Checks the member is named. */
  public MembershipChange {
    requireNonNull(memberSubscriptionId, "memberSubscriptionId");
  }
}
