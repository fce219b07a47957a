package org.monetization.balance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How many units a service has used in a billing cycle, kept with the balances of its group so that
 * volume tiers price the next event from the cycle's usage so far. Immutable.
 *
 * @param key what is counted: the service identifier and service type, {@code "+33612345678/DATA"}; or
 *     what a sharing member drew from this owner group, {@code "sharing/<group>/<member>/<resource>"}; or
 *     the position of a service's usage stream ({@link org.monetization.rating.UsageColumns}),
 *     {@code "stream/<service>/<type>/<name>"}, whose quantity is the last sequence applied, counted since
 *     the epoch, so that it advances in the same write as the balances it impacted
 * @param cycleStart the start of the billing cycle counted; a counter of an older cycle reads as zero
 * @param quantity units used in that cycle, in the tariff's unit
 */
public record UsageCounter(String key, Instant cycleStart, BigDecimal quantity) {

  /** Checks every part is present. */
  public UsageCounter {
    requireNonNull(key, "key");
    requireNonNull(cycleStart, "cycleStart");
    requireNonNull(quantity, "quantity");
  }
}
