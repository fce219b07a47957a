/** Implementation of {@link org.monetization.config.Configuration} over the storage SPI. */
@NullMarked
package org.monetization.config.internal;

import org.jspecify.annotations.NullMarked;
