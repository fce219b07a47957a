/** Time values shared by every area, such as the half-open {@link org.monetization.time.Validity}. */
@NullMarked
package org.monetization.time;

import org.jspecify.annotations.NullMarked;
