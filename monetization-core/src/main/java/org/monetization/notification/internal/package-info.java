/**
 * Implementation of {@link org.monetization.notification.Notifications}: the after-commit dispatch to channels,
 * the courier that claims, sends and records each attempt, and the resend job.
 */
@NullMarked
package org.monetization.notification.internal;

import org.jspecify.annotations.NullMarked;
