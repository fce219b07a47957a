package org.monetization.rating;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.monetization.balance.BalanceId;

/**
 * What rating an event did to one balance: the signed change of its amount, positive when units or credit
 * were consumed (toward zero) or a charge was accumulated. Immutable.
 *
 * @param balanceId the balance
 * @param resource its resource code
 * @param amount the change, at the resource's scale
 */
public record BalanceImpact(BalanceId balanceId, String resource, BigDecimal amount) {

  /** Checks every part is present. */
  public BalanceImpact {
    requireNonNull(balanceId, "balanceId");
    requireNonNull(resource, "resource");
    requireNonNull(amount, "amount");
  }
}
