/**
 * Implementation of {@link org.monetization.notification.Notifications}: the after-commit dispatch to channels,
 * and the courier that claims, sends and records each attempt.
 */
@NullMarked
package org.monetization.notification.internal;

import org.jspecify.annotations.NullMarked;
