/** Offset pagination shared by every listing of the SDK: a {@link org.monetization.paging.PageRequest} in, a {@link org.monetization.paging.Page} out. */
@NullMarked
package org.monetization.paging;

import org.jspecify.annotations.NullMarked;
