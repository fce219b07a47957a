/** The implementation of the sharing commands (BAL-8); not API. */
@NullMarked
package org.monetization.sharing.internal;

import org.jspecify.annotations.NullMarked;
