package org.monetization.balance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The command that creates a balance by hand (BAL-5). The amount is a positive magnitude; the direction
 * gives the sign. Immutable; checked by {@link Balances#create(NewBalance)}.
 *
 * <pre>{@code
 * balances.create(NewBalance.credit(groupId, "DATA_MB", new BigDecimal("500"), BalanceValidity.currentCycle()));
 * }</pre>
 *
 * @param groupId the balance group that receives it
 * @param resource the resource code
 * @param amount the magnitude, positive, within the resource's scale
 * @param direction credit (the customer receives) or debit (the customer is charged)
 * @param validity how long it lasts
 */
public record NewBalance(
    BalanceGroupId groupId, String resource, BigDecimal amount, BalanceDirection direction, BalanceValidity validity) {

  /** Checks every part is present; the values are checked by the command. */
  public NewBalance {
    requireNonNull(groupId, "groupId");
    requireNonNull(resource, "resource");
    requireNonNull(amount, "amount");
    requireNonNull(direction, "direction");
    requireNonNull(validity, "validity");
  }

  /**
   * Returns the command for a credit: a balance the customer can consume.
   *
   * @param groupId the group
   * @param resource the resource code
   * @param amount the magnitude
   * @param validity how long it lasts
   * @return the command
   */
  public static NewBalance credit(BalanceGroupId groupId, String resource, BigDecimal amount, BalanceValidity validity) {
    return new NewBalance(groupId, resource, amount, BalanceDirection.CREDIT, validity);
  }

  /**
   * Returns the command for a debit: an amount the customer owes.
   *
   * @param groupId the group
   * @param resource the resource code
   * @param amount the magnitude
   * @param validity how long it lasts
   * @return the command
   */
  public static NewBalance debit(BalanceGroupId groupId, String resource, BigDecimal amount, BalanceValidity validity) {
    return new NewBalance(groupId, resource, amount, BalanceDirection.DEBIT, validity);
  }
}
