package org.monetization.sharing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.monetization.balance.BalanceGroupId;
import org.monetization.customer.CustomerId;
import org.monetization.subscription.SubscriptionId;
import org.monetization.time.Validity;

/**
 * A sharing group (BAL-8): an owner subscription whose balances of the policy's resources its members
 * consume in real time. The aggregate that {@link Sharing} commands change as a whole, members included,
 * so concurrent joins and edits of one group serialise on its version. Immutable; storage bumps {@link
 * #version()} on every update.
 *
 * @param id the group's id
 * @param ownerId the owning customer
 * @param ownerSubscriptionId the subscription whose resources are shared
 * @param ownerGroupId the balance group of that subscription: the balances members draw on
 * @param name display name
 * @param validity when members may draw on the shared balances
 * @param policy what is shared, and how
 * @param status active, suspended or cancelled
 * @param createdAt when it was created
 * @param members the member subscriptions, by subscription id
 * @param version optimistic-lock version
 */
public record SharingGroup(
    SharingGroupId id,
    CustomerId ownerId,
    SubscriptionId ownerSubscriptionId,
    BalanceGroupId ownerGroupId,
    String name,
    Validity validity,
    SharingPolicy policy,
    SharingStatus status,
    Instant createdAt,
    List<SharingMember> members,
    long version) {

  private static final Comparator<SharingMember> BY_SUBSCRIPTION =
      Comparator.comparingLong(m -> m.subscriptionId().value());

  /**
   * Checks every part is present and sorts the members.
   *
   * @throws IllegalArgumentException if a subscription is a member twice, or a cancelled group has members
   */
  public SharingGroup {
    requireNonNull(id, "id");
    requireNonNull(ownerId, "ownerId");
    requireNonNull(ownerSubscriptionId, "ownerSubscriptionId");
    requireNonNull(ownerGroupId, "ownerGroupId");
    requireNonNull(name, "name");
    requireNonNull(validity, "validity");
    requireNonNull(policy, "policy");
    requireNonNull(status, "status");
    requireNonNull(createdAt, "createdAt");
    List<SharingMember> sorted = new ArrayList<>(members);
    sorted.sort(BY_SUBSCRIPTION);
    members = List.copyOf(sorted);
    checkArgument(members.stream().map(SharingMember::subscriptionId).distinct().count() == members.size(),
        "a subscription is a member once");
    checkArgument(status != SharingStatus.CANCELLED || members.isEmpty(), "a cancelled group has no members");
  }

  /**
   * Returns whether members may draw on the shared balances at the instant, as far as the group goes.
   *
   * @param at the instant
   * @return true if the group is active and within its validity
   */
  public boolean isSharingAt(Instant at) {
    return status == SharingStatus.ACTIVE && validity.contains(at);
  }

  /**
   * Returns the membership of a subscription.
   *
   * @param subscriptionId the subscription
   * @return its membership, if it is a member
   */
  public Optional<SharingMember> member(SubscriptionId subscriptionId) {
    return members.stream().filter(m -> m.subscriptionId().equals(subscriptionId)).findFirst();
  }

  /**
   * Returns a copy with another name, validity, policy and status.
   *
   * @param newName the name
   * @param newValidity the validity
   * @param newPolicy the policy
   * @param newStatus the status
   * @return the copy; a cancelled copy has no members
   */
  public SharingGroup with(String newName, Validity newValidity, SharingPolicy newPolicy, SharingStatus newStatus) {
    List<SharingMember> kept = newStatus == SharingStatus.CANCELLED ? List.of() : members;
    return new SharingGroup(id, ownerId, ownerSubscriptionId, ownerGroupId, newName, newValidity, newPolicy, newStatus,
        createdAt, kept, version);
  }

  /**
   * Returns a copy where the member of the same subscription is replaced, or the member is added.
   *
   * @param member the new or changed member
   * @return the copy
   */
  public SharingGroup withMember(SharingMember member) {
    List<SharingMember> changed = new ArrayList<>(members.size() + 1);
    for (SharingMember existing : members) {
      if (!existing.subscriptionId().equals(member.subscriptionId())) {
        changed.add(existing);
      }
    }
    changed.add(member);
    return new SharingGroup(id, ownerId, ownerSubscriptionId, ownerGroupId, name, validity, policy, status, createdAt,
        changed, version);
  }

  /**
   * Returns a copy without the member of the subscription.
   *
   * @param subscriptionId the subscription leaving
   * @return the copy
   */
  public SharingGroup withoutMember(SubscriptionId subscriptionId) {
    List<SharingMember> kept = members.stream().filter(m -> !m.subscriptionId().equals(subscriptionId)).toList();
    return new SharingGroup(id, ownerId, ownerSubscriptionId, ownerGroupId, name, validity, policy, status, createdAt,
        kept, version);
  }

  /**
   * Returns a copy with the given version; for storage adapters.
   *
   * @param value the stored version
   * @return the copy
   */
  public SharingGroup withVersion(long value) {
    return new SharingGroup(id, ownerId, ownerSubscriptionId, ownerGroupId, name, validity, policy, status, createdAt,
        members, value);
  }
}
