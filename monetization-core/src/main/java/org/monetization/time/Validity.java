package org.monetization.time;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A half-open interval of time {@code [from, to)}; an absent {@code to} means the interval never ends.
 * Immutable.
 *
 * @param from the first instant inside the interval
 * @param to the first instant after the interval, or {@code null} for an open end
 */
public record Validity(Instant from, @Nullable Instant to) {

  /**
   * Checks that the interval is not reversed.
   *
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   */
  public Validity {
    requireNonNull(from, "from");
    checkArgument(to == null || to.isAfter(from), "validity must end after it starts: [%s, %s)", from, to);
  }

  /**
   * Returns the interval that starts at {@code from} and never ends.
   *
   * @param from the start
   * @return the open-ended validity
   */
  public static Validity from(Instant from) {
    return new Validity(from, null);
  }

  /**
   * Returns the interval {@code [from, to)}.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the validity
   */
  public static Validity between(Instant from, Instant to) {
    return new Validity(from, to);
  }

  /** Returns the end of the interval, empty when it never ends. */
  public Optional<Instant> end() {
    return Optional.ofNullable(to);
  }

  /**
   * Returns whether the instant lies inside the interval.
   *
   * @param instant the instant to test
   * @return true if {@code from <= instant < to}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && (to == null || instant.isBefore(to));
  }
}
