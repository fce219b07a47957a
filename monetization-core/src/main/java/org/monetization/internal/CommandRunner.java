package org.monetization.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.monetization.error.ConflictException;
import org.monetization.event.DomainEvent;
import org.monetization.spi.DomainEventListener;
import org.monetization.spi.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one command: its work in a transaction, retried from scratch when it loses an optimistic lock (up
 * to a bounded number of attempts), and its events published to the listeners only once it committed.
 * A command run from inside another command (onboarding creates a subscription) joins it: its writes
 * share the outer transaction, its events are published with the outer command's, and only the outer
 * command retries. Thread-safe.
 */
public final class CommandRunner {
  private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

  private final Transactions transactions;
  private final List<DomainEventListener> listeners;
  private final int maxAttempts;
  private final ThreadLocal<List<DomainEvent>> enclosing = new ThreadLocal<>();

  /**
   * Creates a runner.
   *
   * @param transactions the store's transaction boundary
   * @param listeners who receives committed events
   * @param maxAttempts how many times a command runs before a concurrent update is reported, at least 1
   */
  public CommandRunner(Transactions transactions, List<DomainEventListener> listeners, int maxAttempts) {
    checkArgument(maxAttempts >= 1, "maxAttempts must be at least 1: %s", maxAttempts);
    this.transactions = transactions;
    this.listeners = List.copyOf(listeners);
    this.maxAttempts = maxAttempts;
  }

  /**
   * Runs the command and publishes what it recorded.
   *
   * @param command the work; records its events in the list it is given, and may run more than once
   * @param <T> the result type
   * @return the command's result
   * @throws ConflictException with reason {@code CONCURRENT_UPDATE} after {@code maxAttempts} lost races
   */
  public <T> T run(Function<List<DomainEvent>, T> command) {
    List<DomainEvent> outer = enclosing.get();
    if (outer != null) {
      return command.apply(outer);
    }
    for (int attempt = 1; ; attempt++) {
      List<DomainEvent> events = new ArrayList<>();
      T result;
      enclosing.set(events);
      try {
        result = transactions.inTransaction(() -> command.apply(events));
      } catch (ConflictException e) {
        if (e.reason() != ConflictException.Reason.CONCURRENT_UPDATE || attempt >= maxAttempts) {
          throw e;
        }
        log.debug("attempt {} lost an optimistic lock, retrying: {}", attempt, e.getMessage());
        continue;
      } finally {
        enclosing.remove();
      }
      publish(events);
      return result;
    }
  }

  private void publish(List<DomainEvent> events) {
    for (DomainEvent event : events) {
      for (DomainEventListener listener : listeners) {
        try {
          listener.onEvent(event);
        } catch (RuntimeException e) {
          log.warn("domain event listener {} failed on {}", listener, event.getClass().getSimpleName(), e);
        }
      }
    }
  }
}
