package org.monetization.balance;

import java.util.List;
import org.monetization.error.ConflictException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;

/**
 * Balances of balance groups (BAL-2 to BAL-5): details, totals, manual creation and adjustments. Amounts
 * follow the sign convention of {@link Balance}. Thread-safe; every command is atomic and publishes its
 * {@link BalanceEvent}s once committed.
 *
 * <pre>{@code
 * Balance credit = monetization.balances().create(
 *     NewBalance.credit(groupId, "EUR", new BigDecimal("20.00"), BalanceValidity.infinite()));
 * List<BalanceTotal> totals = monetization.balances().totals(groupId);   // EUR -20.00
 * }</pre>
 */
public interface Balances {

  /**
   * Creates a balance by hand (BAL-5): negative for a credit, positive for a debit.
   *
   * @param request what to create
   * @return the created balance
   * @throws ValidationException naming every bad field: unknown resource, amount not positive or with more
   *     decimals than the resource's scale, an end that is not in the future
   * @throws NotFoundException if the group does not exist
   * @throws ConflictException with reason {@code ILLEGAL_STATE} if the group's customer is closed
   */
  Balance create(NewBalance request);

  /**
   * Adjusts a balance (BAL-4) and records the change, with its tax, in the adjustment ledger.
   *
   * @param request the adjustment
   * @return the ledger entry
   * @throws ValidationException naming every bad field: a zero amount or one with more decimals than the
   *     resource's scale, a blank bill item, tax asked for a non-monetary resource or without a tax provider
   * @throws NotFoundException if the group or the balance does not exist
   * @throws ConflictException with reason {@code ILLEGAL_STATE} if the group's customer is closed
   */
  Adjustment adjust(BalanceAdjustment request);

  /**
   * Returns every balance of the group (BAL-3), valid or not, by id.
   *
   * @param groupId the group
   * @return the balances
   * @throws NotFoundException if the group does not exist
   */
  List<Balance> balances(BalanceGroupId groupId);

  /**
   * Returns the balances of one resource of the group (BAL-3), valid or not, by id.
   *
   * @param groupId the group
   * @param resource the resource code
   * @return the balances
   * @throws NotFoundException if the group does not exist
   */
  List<Balance> balances(BalanceGroupId groupId, String resource);

  /**
   * Returns the total valid amount per resource now (BAL-2), sorted by resource code.
   *
   * @param groupId the group
   * @return the totals
   * @throws NotFoundException if the group does not exist
   */
  List<BalanceTotal> totals(BalanceGroupId groupId);

  /**
   * Returns the adjustment ledger of the group, oldest first.
   *
   * @param groupId the group
   * @return the entries
   * @throws NotFoundException if the group does not exist
   */
  List<Adjustment> adjustments(BalanceGroupId groupId);
}
