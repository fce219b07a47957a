/**
 * The offer catalog (CFG-5 to CFG-7): plans made of bundles of products and discounts, packs bought on
 * top of a plan, service tariffs as data, coupons and vouchers. A
 * {@link org.monetization.catalog.ProductCatalog} is an immutable value built with builders or read from
 * JSON, and checked by {@link org.monetization.catalog.ProductCatalog#validate()};
 * {@link org.monetization.catalog.Catalog} publishes it as an immutable version.
 */
@NullMarked
package org.monetization.catalog;

import org.jspecify.annotations.NullMarked;
