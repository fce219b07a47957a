package org.monetization.spi;

import org.monetization.event.DomainEvent;

/**
 * Receives every committed state change, for audit and integration. Called synchronously after the
 * command committed, on the command's thread, in the order of the changes; an exception thrown by a
 * listener is logged and does not undo the committed command nor stop other listeners.
 */
@FunctionalInterface
public interface DomainEventListener {

  /**
   * Handles one committed change.
   *
   * @param event the change
   */
  void onEvent(DomainEvent event);
}
