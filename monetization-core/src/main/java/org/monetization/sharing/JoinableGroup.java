package org.monetization.sharing;

import static java.util.Objects.requireNonNull;

import org.monetization.customer.CustomerId;

/**
 * A sharing group found by its owner's name, as a member picks it before joining (BAL-8). Immutable.
 *
 * @param group the group, active and in force
 * @param ownerId its owner
 * @param ownerFullName the owner's full name, as the search matched it
 */
public record JoinableGroup(SharingGroup group, CustomerId ownerId, String ownerFullName) {

  /** Checks every part is present. */
  public JoinableGroup {
    requireNonNull(group, "group");
    requireNonNull(ownerId, "ownerId");
    requireNonNull(ownerFullName, "ownerFullName");
  }
}
