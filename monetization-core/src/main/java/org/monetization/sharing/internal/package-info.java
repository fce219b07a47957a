/** The implementation of {@link org.monetization.sharing.Sharing}; not API. */
@NullMarked
package org.monetization.sharing.internal;

import org.jspecify.annotations.NullMarked;
