/** Implementation of {@link org.monetization.notification.Notifications} and the after-commit dispatch to channels. */
@NullMarked
package org.monetization.notification.internal;

import org.jspecify.annotations.NullMarked;
