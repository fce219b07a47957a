package org.monetization.error;

/**
 * Root of every exception the SDK throws on purpose. Unchecked: a caller handles the subtypes it can act on
 * ({@link ValidationException}, {@link NotFoundException}, {@link ConflictException},
 * {@link InsufficientBalanceException}) and lets the rest propagate.
 */
public class MonetizationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message for humans.
   *
   * @param message what went wrong
   */
  public MonetizationException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the lower-level failure that caused it.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public MonetizationException(String message, Throwable cause) {
    super(message, cause);
  }
}
