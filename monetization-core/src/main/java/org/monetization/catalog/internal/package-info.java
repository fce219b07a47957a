/** Catalog consistency checks and the JSON codec. */
@NullMarked
package org.monetization.catalog.internal;

import org.jspecify.annotations.NullMarked;
