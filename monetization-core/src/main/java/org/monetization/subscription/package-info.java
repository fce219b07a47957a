/**
 * Subscriptions, their products and services (SPEC section 4): subscribing to a plan, packs, product
 * changes, vouchers, plan transitions with proration, cancellation, and the provisioned services with
 * their unique service identifiers. The entry points are {@link org.monetization.subscription.Subscriptions}
 * and {@link org.monetization.subscription.Services}.
 */
@NullMarked
package org.monetization.subscription;

import org.jspecify.annotations.NullMarked;
