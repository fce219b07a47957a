package org.monetization.sharing;

import java.time.Instant;
import org.monetization.event.DomainEvent;
import org.monetization.subscription.SubscriptionId;

/** A committed change of a sharing group, published to the domain event listeners. */
public sealed interface SharingEvent extends DomainEvent {

  /** Returns the sharing group concerned. */
  SharingGroupId groupId();

  /**
   * A group was created.
   *
   * @param groupId the group
   * @param group the stored group
   * @param occurredAt when
   */
  record Created(SharingGroupId groupId, SharingGroup group, Instant occurredAt) implements SharingEvent {}

  /**
   * The owner changed the group's name, status, validity or policy.
   *
   * @param groupId the group
   * @param group the stored group
   * @param occurredAt when
   */
  record Changed(SharingGroupId groupId, SharingGroup group, Instant occurredAt) implements SharingEvent {}

  /**
   * The owner cancelled the group; every member was released.
   *
   * @param groupId the group
   * @param group the stored group, without members
   * @param occurredAt when
   */
  record Cancelled(SharingGroupId groupId, SharingGroup group, Instant occurredAt) implements SharingEvent {}

  /**
   * A subscription joined the group.
   *
   * @param groupId the group
   * @param member the new member
   * @param occurredAt when
   */
  record Joined(SharingGroupId groupId, SharingMember member, Instant occurredAt) implements SharingEvent {}

  /**
   * A member changed its status or validity.
   *
   * @param groupId the group
   * @param member the changed member
   * @param occurredAt when
   */
  record MembershipChanged(SharingGroupId groupId, SharingMember member, Instant occurredAt)
      implements SharingEvent {}

  /**
   * A member left the group, by its own command or because the owner cancelled the group.
   *
   * @param groupId the group
   * @param memberSubscriptionId the subscription that left
   * @param occurredAt when
   */
  record Left(SharingGroupId groupId, SubscriptionId memberSubscriptionId, Instant occurredAt)
      implements SharingEvent {}
}
