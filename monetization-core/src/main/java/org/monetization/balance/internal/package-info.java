/** Implementation of {@link org.monetization.balance.Balances} over the storage SPI. */
@NullMarked
package org.monetization.balance.internal;

import org.jspecify.annotations.NullMarked;
