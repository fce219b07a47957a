package org.monetization.event;

import java.time.Instant;

/**
 * A committed state change, published for audit and integration. Implementations are immutable records
 * named in the past tense ({@code CustomerOnboarded}). Events are published only after the command that
 * produced them committed, in the order they happened; a failed command publishes nothing.
 */
public interface DomainEvent {

  /** Returns when the change happened, read from the SDK's injected clock. */
  Instant occurredAt();
}
