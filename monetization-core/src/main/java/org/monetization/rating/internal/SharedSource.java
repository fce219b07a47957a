package org.monetization.rating.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.billing.BillingCycle;
import org.monetization.billing.BillingProfile;
import org.monetization.internal.SharingCounters;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingMember;
import org.monetization.sharing.SharingPolicy;

/**
 * The owner balances a member subscription may draw on (BAL-8), resolved once per batch with the member's
 * {@link ServiceContext}: the sharing group, the member's entry in it, and the owner's billing profile, whose
 * cycles the caps count in. Not thread-safe (it remembers the last cycle and its counter keys).
 */
final class SharedSource {
  final SharingGroup group;
  final SharingMember member;
  final SharingPolicy policy;
  final BalanceGroupId ownerGroupId;
  private final BillingProfile ownerProfile;
  private final boolean ownerInForce;
  private BillingCycle lastCycle;
  /** The owner group's ledger in the current batch, once loaded. */
  @Nullable Ledger ledger;

  /**
   * @param group the member's sharing group
   * @param member the member
   * @param ownerProfile the billing profile of the owner's balance group
   * @param ownerInForce whether the owner subscription is active and its customer open
   */
  SharedSource(SharingGroup group, SharingMember member, BillingProfile ownerProfile, boolean ownerInForce) {
    this.group = group;
    this.member = member;
    this.policy = group.policy();
    this.ownerGroupId = group.ownerGroupId();
    this.ownerProfile = ownerProfile;
    this.ownerInForce = ownerInForce;
    this.lastCycle = ownerProfile.firstCycle();
  }

  /** Returns whether the member draws on the owner's balances of the resource for usage at the instant. */
  boolean shares(String resource, Instant at) {
    return ownerInForce && policy.shares(resource) && group.isSharingAt(at) && member.isDrawingAt(at);
  }

  /** Returns the owner's billing cycle containing the instant, the period a cap counts in. */
  BillingCycle cycleOf(Instant at) {
    if (!lastCycle.contains(at)) {
      lastCycle = ownerProfile.billedCycleOf(at);
    }
    return lastCycle;
  }

  /** Returns the key of the counter of what the member drew of the resource. */
  String counterKey(String resource) {
    return SharingCounters.key(group.id(), member.subscriptionId(), resource);
  }
}
