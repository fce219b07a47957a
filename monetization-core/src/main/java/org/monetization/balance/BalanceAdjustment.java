package org.monetization.balance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The command that adjusts a balance (BAL-4): a signed change, positive to charge the customer more (or
 * take back available units), negative to credit them, recorded under a bill item, optionally taxed by
 * the configured {@code TaxProvider}. Immutable; checked by {@link Balances#adjust(BalanceAdjustment)}.
 *
 * @param groupId the group holding the balance
 * @param balanceId the balance
 * @param amount the signed change, not zero, within the resource's scale
 * @param billItem what the bill shows for it, not blank
 * @param withTax whether tax is computed and added to the change (monetary resources only)
 */
public record BalanceAdjustment(
    BalanceGroupId groupId, BalanceId balanceId, BigDecimal amount, String billItem, boolean withTax) {

  /** Checks every part is present; the values are checked by the command. */
  public BalanceAdjustment {
    requireNonNull(groupId, "groupId");
    requireNonNull(balanceId, "balanceId");
    requireNonNull(amount, "amount");
    requireNonNull(billItem, "billItem");
  }
}
