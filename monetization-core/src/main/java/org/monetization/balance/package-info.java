/**
 * Balances (SPEC section 5): balance groups (BAL-1), the balances they hold per resource with the sign
 * convention negative = available, positive = owed (BAL-2), details and totals (BAL-3), manual creation
 * (BAL-5) and adjustments with tax (BAL-4). Rating draws on them through {@code org.monetization.rating}.
 */
@NullMarked
package org.monetization.balance;

import org.jspecify.annotations.NullMarked;
