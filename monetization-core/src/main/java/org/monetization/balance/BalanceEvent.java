package org.monetization.balance;

import java.math.BigDecimal;
import java.time.Instant;
import org.monetization.event.DomainEvent;

/** A committed change to balances, published to the domain event listeners. */
public sealed interface BalanceEvent extends DomainEvent {

  /** Returns the balance group changed. */
  BalanceGroupId groupId();

  /**
   * A balance was created by hand.
   *
   * @param groupId the group
   * @param balanceId the new balance
   * @param resource its resource
   * @param amount its signed amount
   * @param occurredAt when
   */
  record Created(BalanceGroupId groupId, BalanceId balanceId, String resource, BigDecimal amount, Instant occurredAt)
      implements BalanceEvent {}

  /**
   * A balance was adjusted by hand or through a usage event adjustment.
   *
   * @param groupId the group
   * @param adjustment the ledger entry recorded
   * @param occurredAt when
   */
  record Adjusted(BalanceGroupId groupId, Adjustment adjustment, Instant occurredAt) implements BalanceEvent {}

  /**
   * An available balance (negative) reached zero or went past it: its free units or credit are used up.
   * Published once per crossing, not once per event; credit-profile notifications (BAL-9) start here.
   *
   * @param groupId the group
   * @param balanceId the balance
   * @param resource its resource
   * @param occurredAt when
   */
  record Exhausted(BalanceGroupId groupId, BalanceId balanceId, String resource, Instant occurredAt)
      implements BalanceEvent {}
}
