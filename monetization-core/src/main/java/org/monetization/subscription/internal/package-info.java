/** Implementation of {@link org.monetization.subscription.Subscriptions} and {@link org.monetization.subscription.Services}. */
@NullMarked
package org.monetization.subscription.internal;

import org.jspecify.annotations.NullMarked;
