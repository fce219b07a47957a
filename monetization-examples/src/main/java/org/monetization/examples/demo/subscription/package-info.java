/**
 * The catalog and subscriptions chapter of the demo (SPEC sections 1 and 4): a mobile offer imported from
 * JSON, the validation report of a broken catalog, an onboarding dry run and onboardings with a
 * subscription, a roaming pack, a voucher, a plan change with proration, a cancellation, and the customer
 * list with its subscription and service counts.
 * {@link org.monetization.examples.demo.subscription.SubscriptionChapter} lists its steps.
 */
@NullMarked
package org.monetization.examples.demo.subscription;

import org.jspecify.annotations.NullMarked;
