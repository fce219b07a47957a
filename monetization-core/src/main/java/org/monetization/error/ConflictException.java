package org.monetization.error;

/**
 * Thrown when a command collides with the current state: a duplicate (contact label, service identifier,
 * event id), an illegal state transition (editing a closed account), or a concurrent update that won the
 * optimistic lock more often than the retry budget allowed. The command changed nothing.
 */
public final class ConflictException extends MonetizationException {
  private static final long serialVersionUID = 1L;

  private final Reason reason;

  /** Why a command conflicts with the current state. */
  public enum Reason {
    /** The value must be unique and is already taken. */
    DUPLICATE,
    /** The entity's state does not allow the command (e.g. a closed account). */
    ILLEGAL_STATE,
    /** Another writer updated the same aggregate first; retrying may succeed. */
    CONCURRENT_UPDATE
  }

  /**
   * Creates the exception.
   *
   * @param reason the kind of conflict
   * @param message what conflicted
   */
  public ConflictException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * Creates the exception with the storage failure that revealed it.
   *
   * @param reason the kind of conflict
   * @param message what conflicted
   * @param cause the storage failure
   */
  public ConflictException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Returns the kind of conflict. */
  public Reason reason() {
    return reason;
  }
}
