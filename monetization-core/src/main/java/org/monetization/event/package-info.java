/**
 * Domain events: every state change the SDK commits is published as an immutable
 * {@link org.monetization.event.DomainEvent} to the registered listeners, after the change is durable.
 */
@NullMarked
package org.monetization.event;

import org.jspecify.annotations.NullMarked;
