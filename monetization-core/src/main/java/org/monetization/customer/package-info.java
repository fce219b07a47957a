/**
 * Customer accounts (SPEC section 2): onboarding, account and payment information, contacts, status,
 * closing and purging, and the paginated, filterable, exportable customer list. The entry point is
 * {@link org.monetization.customer.Customers}.
 */
@NullMarked
package org.monetization.customer;

import org.jspecify.annotations.NullMarked;
