package org.monetization.balance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the adjustment ledger: a change made to a balance by hand (BAL-4) or through the
 * adjustment of a usage event's amount (BAL-6), with its tax, the tax provider and the general ledger
 * account it names. Immutable; never changed once recorded.
 *
 * @param id the entry's id, increasing
 * @param groupId the balance group
 * @param balanceId the balance changed
 * @param resource the balance's resource
 * @param amount the signed change before tax
 * @param tax the tax added to the change; zero without tax
 * @param taxProvider who computed the tax; null without tax
 * @param ledger the general ledger account of the tax; null without tax
 * @param billItem what the bill shows for it
 * @param eventId the usage event adjusted, for event adjustments; null otherwise
 * @param at when it was recorded
 */
public record Adjustment(
    long id,
    BalanceGroupId groupId,
    BalanceId balanceId,
    String resource,
    BigDecimal amount,
    BigDecimal tax,
    @Nullable String taxProvider,
    @Nullable String ledger,
    String billItem,
    @Nullable String eventId,
    Instant at) {

  /** Checks the mandatory parts are present. */
  public Adjustment {
    requireNonNull(groupId, "groupId");
    requireNonNull(balanceId, "balanceId");
    requireNonNull(resource, "resource");
    requireNonNull(amount, "amount");
    requireNonNull(tax, "tax");
    requireNonNull(billItem, "billItem");
    requireNonNull(at, "at");
  }

  /** Returns what the balance changed by: the amount plus the tax. */
  public BigDecimal total() {
    return amount.add(tax);
  }
}
