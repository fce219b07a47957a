package org.monetization.error;

import static java.util.Objects.requireNonNull;

/**
 * One invalid input field of a command: a dotted path to the field ({@code account.email},
 * {@code contacts[1].label}) and why it was rejected. Immutable.
 *
 * @param field dotted path of the offending field, as named in the command
 * @param message why the value was rejected, for humans
 */
public record FieldError(String field, String message) {

  /** Checks that both parts are present. */
  public FieldError {
    requireNonNull(field, "field");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
