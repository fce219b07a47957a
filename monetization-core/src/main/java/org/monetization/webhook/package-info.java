/**
 * The webhook notification channel (CFG-8): each notification as one JSON {@code POST} to a third-party API,
 * over the JDK's {@code java.net.http} client.
 */
@NullMarked
package org.monetization.webhook;

import org.jspecify.annotations.NullMarked;
