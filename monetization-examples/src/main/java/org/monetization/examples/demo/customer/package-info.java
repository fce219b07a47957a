/**
 * The customer-account chapter of the demo (SPEC section 2): customer types and custom attributes,
 * onboarding, a rejected request, edits, closing an account, paging, filtering and exporting the list.
 * {@link org.monetization.examples.demo.customer.CustomerChapter} lists its steps.
 */
@NullMarked
package org.monetization.examples.demo.customer;

import org.jspecify.annotations.NullMarked;
