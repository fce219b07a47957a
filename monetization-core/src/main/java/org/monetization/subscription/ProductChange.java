package org.monetization.subscription;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import org.monetization.time.Validity;

/**
 * Changes one product line of a subscription (SUB-3); absent parts stay as they are. Immutable.
 *
 * @param quantity the new quantity, not negative
 * @param value the new unit price, not negative, in the plan's currency
 * @param validity the new validity
 */
public record ProductChange(
    @Nullable BigDecimal quantity, @Nullable MonetaryAmount value, @Nullable Validity validity) {}
