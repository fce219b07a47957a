package org.monetization.error;

/** Thrown when a command names an entity (customer, contact label...) that does not exist. */
public final class NotFoundException extends MonetizationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which entity was not found
   */
  public NotFoundException(String message) {
    super(message);
  }
}
