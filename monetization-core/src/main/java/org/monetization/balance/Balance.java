package org.monetization.balance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import org.monetization.time.Validity;

/**
 * An amount of one resource held by a balance group (BAL-2, BAL-3). Sign convention: a negative amount is
 * available to the customer (free units, prepaid credit) and is consumed up toward zero, exhausted at zero;
 * a positive amount is owed (accumulated postpaid charges). Immutable.
 *
 * @param id the balance's id
 * @param resource the code of the resource it holds
 * @param amount the signed amount, at the resource's scale
 * @param validity when the balance can be consumed or charged
 * @param createdAt when it was created
 */
public record Balance(BalanceId id, String resource, BigDecimal amount, Validity validity, Instant createdAt) {

  /** Checks every part is present. */
  public Balance {
    requireNonNull(id, "id");
    requireNonNull(resource, "resource");
    requireNonNull(amount, "amount");
    requireNonNull(validity, "validity");
    requireNonNull(createdAt, "createdAt");
  }

  /**
   * Returns whether the balance can be used at the instant.
   *
   * @param instant the instant
   * @return true if the instant lies in the validity
   */
  public boolean isValidAt(Instant instant) {
    return validity.contains(instant);
  }

  /** Returns whether the balance still holds units the customer can consume (a negative amount). */
  public boolean isAvailable() {
    return amount.signum() < 0;
  }

  /**
   * Returns a copy holding another amount.
   *
   * @param value the new amount
   * @return the copy
   */
  public Balance withAmount(BigDecimal value) {
    return new Balance(id, resource, value, validity, createdAt);
  }
}
