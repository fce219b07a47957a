package org.monetization.sharing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.monetization.subscription.SubscriptionId;

/**
 * How much of one shared resource a member has drawn from the owner's balances in the owner's current
 * billing cycle, against its cap. Immutable.
 *
 * @param memberSubscriptionId the member
 * @param resource the shared resource's code
 * @param cycleStart the start of the owner's billing cycle counted
 * @param drawn what the member drew from the shared balances in that cycle
 * @param cap the policy's cap per cycle, or null when uncapped
 */
public record MemberUsage(
    SubscriptionId memberSubscriptionId, String resource, Instant cycleStart, BigDecimal drawn, @Nullable BigDecimal cap) {

  /** Checks every part is present. */
  public MemberUsage {
    requireNonNull(memberSubscriptionId, "memberSubscriptionId");
    requireNonNull(resource, "resource");
    requireNonNull(cycleStart, "cycleStart");
    requireNonNull(drawn, "drawn");
  }
}
