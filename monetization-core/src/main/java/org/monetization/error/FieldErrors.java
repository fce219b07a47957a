package org.monetization.error;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the field errors of one command while it is validated, then throws them together as a
 * {@link ValidationException}. Not thread-safe: one instance per validation.
 *
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * errors.requireText("account.firstName", info.firstName());
 * errors.check(day >= 1 && day <= 31, "subscription.billingDay", "must be between 1 and 31");
 * errors.throwIfAny();
 * }</pre>
 */
public final class FieldErrors {
  private final List<FieldError> errors = new ArrayList<>();

  /** Creates an empty collector. */
  public FieldErrors() {}

  /**
   * Records an error on a field.
   *
   * @param field dotted path of the field
   * @param message why the value is rejected
   * @return this collector
   */
  public FieldErrors add(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /**
   * Records an error unless the condition holds.
   *
   * @param condition what must be true of the field
   * @param field dotted path of the field
   * @param message why the value is rejected when the condition is false
   * @return the condition, so a caller can skip checks that depend on it
   */
  public boolean check(boolean condition, String field, String message) {
    if (!condition) {
      add(field, message);
    }
    return condition;
  }

  /**
   * Records "required" unless the value is present.
   *
   * @param field dotted path of the field
   * @param value the value to test
   * @return whether the value was present
   */
  public boolean require(String field, @Nullable Object value) {
    return check(value != null, field, "required");
  }

  /**
   * Records "required" unless the text is present and not blank.
   *
   * @param field dotted path of the field
   * @param value the text to test
   * @return whether the text was present and not blank
   */
  public boolean requireText(String field, @Nullable String value) {
    return check(value != null && !value.isBlank(), field, "required");
  }

  /** Returns the errors recorded so far, in order; an immutable copy. */
  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Returns whether any error was recorded. */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * Throws every recorded error as one {@link ValidationException}; does nothing when there is none.
   *
   * @throws ValidationException if at least one error was recorded
   */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
