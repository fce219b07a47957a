/**
 * Balances (SPEC section 5). This version holds the balance group (BAL-1) that a subscription is bound to;
 * balances, rating and sharing come later.
 */
@NullMarked
package org.monetization.balance;

import org.jspecify.annotations.NullMarked;
