package org.monetization.spi;

import java.util.List;
import java.util.Optional;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.BalanceGroupId;
import org.monetization.customer.CustomerId;

/** Stores balance groups. */
public interface BalanceGroupRepository {

  /** Returns a new id, greater than every id handed out before. */
  BalanceGroupId nextId();

  /**
   * Stores a new group.
   *
   * @param group the group
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the id is taken
   */
  void insert(BalanceGroup group);

  /**
   * Returns the group with the given id.
   *
   * @param id the id
   * @return the group, if stored
   */
  Optional<BalanceGroup> find(BalanceGroupId id);

  /**
   * Returns the groups of a customer, by id.
   *
   * @param customerId the customer
   * @return the groups
   */
  List<BalanceGroup> ofCustomer(CustomerId customerId);

  /**
   * Deletes every balance group of a customer, for the purge of a closed account (CUS-8). The groups'
   * balances, ledger entries, credit profile and notifications are deleted through their own repositories.
   *
   * @param customerId the customer
   * @return the number of groups deleted
   */
  int deleteOfCustomer(CustomerId customerId);
}
