package org.monetization.error;

/**
 * Thrown when a prepaid charge exceeds the credit available to cover it. The charge was refused and no
 * balance changed.
 */
public final class InsufficientBalanceException extends MonetizationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which charge could not be covered
   */
  public InsufficientBalanceException(String message) {
    super(message);
  }
}
