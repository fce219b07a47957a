/**
 * Onboarding (CUS-5): the one command that creates a customer with its payment information, contacts,
 * group memberships and first subscription, atomically, and its dry run. It sits above the areas it
 * orchestrates (customer, billing, balance, subscription), so none of them depends on it.
 */
@NullMarked
package org.monetization.onboarding;

import org.jspecify.annotations.NullMarked;
