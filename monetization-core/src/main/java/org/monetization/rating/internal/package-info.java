/**
 * Implementation of {@link org.monetization.rating.Rating}: the batch loop over scaled {@code long}s, the
 * compiled tariffs and the usage export.
 */
@NullMarked
package org.monetization.rating.internal;

import org.jspecify.annotations.NullMarked;
