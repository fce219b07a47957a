package org.monetization.spi;

import java.util.Optional;
import org.monetization.balance.BalanceGroupId;
import org.monetization.notification.CreditProfile;

/**
 * Stores the credit profile of each balance group, at most one per group. Read once per changed group by
 * every command that changes balances, so {@link #find} should be a keyed lookup.
 */
public interface CreditProfileRepository {

  /**
   * Returns the profile of a group.
   *
   * @param groupId the group
   * @return the profile, if one is stored
   */
  Optional<CreditProfile> find(BalanceGroupId groupId);

  /**
   * Stores the profile, replacing the group's previous one.
   *
   * @param profile the profile
   */
  void save(CreditProfile profile);

  /**
   * Removes the profile of a group; nothing happens when it has none.
   *
   * @param groupId the group
   */
  void delete(BalanceGroupId groupId);
}
