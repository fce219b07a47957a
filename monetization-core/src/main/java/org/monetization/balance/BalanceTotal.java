package org.monetization.balance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The total of a group's valid balances of one resource at an instant (BAL-2): negative when credit or free
 * units are available, positive when charges are owed. Immutable.
 *
 * @param resource the resource code
 * @param amount the sum of the valid balances' amounts
 */
public record BalanceTotal(String resource, BigDecimal amount) {

  /** Checks both parts are present. */
  public BalanceTotal {
    requireNonNull(resource, "resource");
    requireNonNull(amount, "amount");
  }
}
