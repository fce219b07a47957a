package org.monetization.spi;

import java.util.List;
import java.util.Optional;
import org.monetization.customer.CustomerId;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingGroupId;
import org.monetization.subscription.SubscriptionId;

/**
 * Stores sharing groups, each with its members, as one versioned aggregate. A subscription is a member of
 * one group at most: the store enforces it, so two commands that add one subscription to two groups at once
 * cannot both commit.
 */
public interface SharingGroupRepository {

  /** Returns a new id, greater than every id handed out before. */
  SharingGroupId nextId();

  /**
   * Stores a new group.
   *
   * @param group the group, at version 0
   * @return the stored group
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the id is taken or a
   *     member subscription is a member of another group
   */
  SharingGroup insert(SharingGroup group);

  /**
   * Replaces a group, provided the stored version is the one it was read at.
   *
   * @param group the new state, carrying the version it was read at
   * @return the stored group, at the next version
   * @throws org.monetization.error.ConflictException with reason {@code CONCURRENT_UPDATE} if the stored
   *     version differs or the group is not stored, or {@code DUPLICATE} if a member subscription is a member
   *     of another group
   */
  SharingGroup update(SharingGroup group);

  /**
   * Returns the group with the given id.
   *
   * @param id the id
   * @return the group, if stored
   */
  Optional<SharingGroup> find(SharingGroupId id);

  /**
   * Returns the groups a customer owns, by id, cancelled ones included.
   *
   * @param ownerId the owner
   * @return the groups
   */
  List<SharingGroup> ofOwner(CustomerId ownerId);

  /**
   * Returns the group a subscription is a member of.
   *
   * @param subscriptionId the subscription
   * @return the group, if the subscription is a member of one
   */
  Optional<SharingGroup> ofMember(SubscriptionId subscriptionId);

  /**
   * Deletes a sharing group with its members, for the purge of its owner's closed account (CUS-8): its
   * members' subscriptions are then free to join another group.
   *
   * @param id the group
   * @return whether it was stored
   */
  boolean delete(SharingGroupId id);
}
