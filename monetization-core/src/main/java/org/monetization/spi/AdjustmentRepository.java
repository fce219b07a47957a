package org.monetization.spi;

import java.util.List;
import org.monetization.balance.Adjustment;
import org.monetization.balance.BalanceGroupId;

/** Stores the adjustment ledger: entries are appended, never changed. */
public interface AdjustmentRepository {

  /** Returns a new entry id, greater than every id handed out before. */
  long nextId();

  /**
   * Appends an entry.
   *
   * @param adjustment the entry
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the id is taken
   */
  void insert(Adjustment adjustment);

  /**
   * Returns the entries of a group, by id.
   *
   * @param groupId the group
   * @return the entries
   */
  List<Adjustment> ofGroup(BalanceGroupId groupId);

  /**
   * Deletes the ledger entries of a group, for the purge of a closed account (CUS-8).
   *
   * @param groupId the group
   * @return the number of entries deleted
   */
  int deleteOfGroup(BalanceGroupId groupId);
}
