/**
 * The offer catalog (CFG-4 to CFG-7): plans made of bundles of products and discounts, packs bought on
 * top of a plan, service tariffs as data, coupons and vouchers. A {@link org.monetization.catalog.Catalog}
 * is an immutable value built with builders or read from JSON, and checked by
 * {@link org.monetization.catalog.Catalog#validate()}.
 */
@NullMarked
package org.monetization.catalog;

import org.jspecify.annotations.NullMarked;
