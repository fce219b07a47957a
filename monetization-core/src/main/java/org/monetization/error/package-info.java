/**
 * The one unchecked exception hierarchy of the SDK, rooted at
 * {@link org.monetization.error.MonetizationException}. Commands throw these types only; storage adapters
 * translate their own failures into them.
 */
@NullMarked
package org.monetization.error;

import org.jspecify.annotations.NullMarked;
