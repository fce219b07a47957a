package org.monetization.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a command's input is invalid. It lists every offending field at once, so a caller can show
 * all the problems of a form in one round trip. A command that throws it has changed nothing.
 */
public final class ValidationException extends MonetizationException {
  private static final long serialVersionUID = 1L;

  private final List<FieldError> errors;

  /**
   * Creates the exception from the full list of field errors.
   *
   * @param errors every invalid field; must not be empty
   * @throws IllegalArgumentException if {@code errors} is empty
   */
  public ValidationException(List<FieldError> errors) {
    super(describe(errors));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one field error");
    }
    this.errors = List.copyOf(errors);
  }

  /**
   * Creates the exception for a single field.
   *
   * @param field dotted path of the offending field
   * @param message why its value was rejected
   * @return the exception, to be thrown by the caller
   */
  public static ValidationException of(String field, String message) {
    return new ValidationException(List.of(new FieldError(field, message)));
  }

  /** Returns every invalid field, in the order they were found; never empty, immutable. */
  public List<FieldError> errors() {
    return errors;
  }

  /**
   * Returns whether the given field (exact dotted path) is among the errors.
   *
   * @param field dotted path, e.g. {@code account.email}
   * @return true if at least one error names that field
   */
  public boolean hasErrorOn(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  private static String describe(List<FieldError> errors) {
    return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }
}
