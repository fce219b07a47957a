/** Implementation of {@link org.monetization.catalog.Catalog} over the storage SPI. */
@NullMarked
package org.monetization.catalog.internal;

import org.jspecify.annotations.NullMarked;
