package org.monetization.sharing;

import java.util.List;
import java.util.Optional;
import org.monetization.customer.CustomerId;
import org.monetization.error.ConflictException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;
import org.monetization.subscription.SubscriptionId;

/**
 * Sharing groups (BAL-8): an owner shares resources of one subscription, and member subscriptions consume
 * the owner's balances of those resources in real time, as the group's {@link SharingPolicy} allows. While a
 * group is active and in force and a member is active and in force, rating draws each shared resource from
 * the member's own balances and the owner's ones in the policy's priority, the owner's ones within the
 * member's cap per billing cycle of the owner; money that is not covered is charged to the member's own
 * balance group (postpaid) or refused (prepaid). Changes take effect from the next rated batch. Thread-safe;
 * every command is atomic and publishes its {@link SharingEvent}s once committed.
 *
 * <pre>{@code
 * SharingGroup family = monetization.sharing().create(NewSharingGroup.of(ownerSubscription, "Family",
 *     SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB")));
 * JoinableGroup found = monetization.sharing().search("Alice Martin").get(0);
 * monetization.sharing().join(JoinRequest.of(found.group().id(), childSubscription));
 * }</pre>
 */
public interface Sharing {

  /**
   * Creates a sharing group owned by the subscriber of the owner subscription.
   *
   * @param request what to create
   * @return the stored group, without members
   * @throws ValidationException naming every bad field: a blank or over-long name, a status other than
   *     active or suspended, an empty policy, an unknown resource, a cap on a resource that is not shared, a
   *     negative cap or one with more decimals than the resource's scale, a validity that does not end in
   *     the future
   * @throws NotFoundException if the subscription does not exist
   * @throws ConflictException with reason {@code ILLEGAL_STATE} if the subscription is cancelled or its
   *     customer closed
   */
  SharingGroup create(NewSharingGroup request);

  /**
   * Changes a group's name, status, validity or policy, as the owner may.
   *
   * @param change what to change
   * @return the stored group
   * @throws ValidationException naming every bad field, as {@link #create}; a status of cancelled is refused
   *     here (use {@link #cancel})
   * @throws NotFoundException if the group does not exist
   * @throws ConflictException with reason {@code ILLEGAL_STATE} if the group is cancelled
   */
  SharingGroup edit(SharingGroupChange change);

  /**
   * Cancels a group: final; every member is released and rates on its own balances from the next batch.
   *
   * @param groupId the group
   * @return the stored, cancelled group
   * @throws NotFoundException if the group does not exist
   * @throws ConflictException with reason {@code ILLEGAL_STATE} if it is already cancelled
   */
  SharingGroup cancel(SharingGroupId groupId);

  /**
   * Finds the groups a subscription can join by their owner's full name: every active group, in force now,
   * of the customers whose full name contains the text (ignoring case), by owner then group id.
   *
   * @param ownerFullName part of the owner's full name, at least two characters
   * @return the groups, at most {@value #MAX_SEARCH_RESULTS}
   * @throws ValidationException if the text is blank or shorter than two characters
   */
  List<JoinableGroup> search(String ownerFullName);

  /**
   * Makes a subscription a member of a group.
   *
   * @param request the group and the joining subscription
   * @return the stored group, with the new member
   * @throws ValidationException if the subscription is the owner's or shares the owner's balance group, or
   *     the validity does not end in the future
   * @throws NotFoundException if the group or the subscription does not exist
   * @throws ConflictException with reason {@code ILLEGAL_STATE} if the group is not active or no longer in
   *     force, the subscription is cancelled or its customer closed; {@code DUPLICATE} if the subscription is
   *     already a member of a group (this one or another)
   */
  SharingGroup join(JoinRequest request);

  /**
   * Changes a member's status or validity, as the member may.
   *
   * @param change the member and what to change
   * @return the stored group
   * @throws ValidationException if the new validity does not end in the future
   * @throws NotFoundException if the subscription is not a member of any group (a cancelled group has none)
   */
  SharingGroup editMembership(MembershipChange change);

  /**
   * Takes a subscription out of its group; it rates on its own balances from the next batch.
   *
   * @param memberSubscriptionId the member
   * @return the stored group, without the member
   * @throws NotFoundException if the subscription is not a member of any group
   */
  SharingGroup leave(SubscriptionId memberSubscriptionId);

  /**
   * Returns a group.
   *
   * @param groupId the group
   * @return the group, if it exists
   */
  Optional<SharingGroup> find(SharingGroupId groupId);

  /**
   * Returns the groups a customer owns, cancelled ones included, by id.
   *
   * @param ownerId the owner
   * @return the groups
   */
  List<SharingGroup> ofOwner(CustomerId ownerId);

  /**
   * Returns the group a subscription is a member of.
   *
   * @param memberSubscriptionId the subscription
   * @return the group, if it is a member of one
   */
  Optional<SharingGroup> membership(SubscriptionId memberSubscriptionId);

  /**
   * Returns what each member has drawn of each shared resource in the owner's current billing cycle, by
   * member then resource.
   *
   * @param groupId the group
   * @return one entry per member and shared resource
   * @throws NotFoundException if the group does not exist
   */
  List<MemberUsage> usage(SharingGroupId groupId);

  /** The most groups {@link #search} returns. */
  int MAX_SEARCH_RESULTS = 100;
}
