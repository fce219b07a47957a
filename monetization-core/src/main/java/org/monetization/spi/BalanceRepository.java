package org.monetization.spi;

import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceId;
import org.monetization.balance.GroupBalances;

/**
 * Stores the balances of each balance group as one versioned aggregate, {@link GroupBalances}: every
 * change to a group's balances replaces the aggregate, so concurrent writers of one group serialise on
 * its version while different groups never contend.
 */
public interface BalanceRepository {

  /** Returns a new balance id, greater than every id handed out before. */
  BalanceId nextId();

  /**
   * Returns the balances of a group.
   *
   * @param groupId the group
   * @return the stored aggregate, or {@link GroupBalances#empty(BalanceGroupId)} (version 0) when none is
   *     stored
   */
  GroupBalances load(BalanceGroupId groupId);

  /**
   * Stores the aggregate, provided the stored version (0 when none is stored) is the one it was loaded at.
   *
   * @param balances the new state, carrying the version it was loaded at
   * @return the stored aggregate, at the next version
   * @throws org.monetization.error.ConflictException with reason {@code CONCURRENT_UPDATE} if the stored
   *     version differs
   */
  GroupBalances save(GroupBalances balances);

  /**
   * Deletes the balances of a group and its usage counters, for the purge of a closed account (CUS-8):
   * the group's aggregate is then {@link GroupBalances#empty(BalanceGroupId)} again.
   *
   * @param groupId the group
   * @return whether anything was stored for the group
   */
  boolean delete(BalanceGroupId groupId);
}
