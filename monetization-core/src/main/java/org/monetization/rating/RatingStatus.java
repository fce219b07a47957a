package org.monetization.rating;

/** What became of one event of a rating batch. */
public enum RatingStatus {
  /** The event was priced, applied to the balances and stored. */
  RATED,
  /** An event with the same id was rated before; nothing was applied again. */
  DUPLICATE,
  /** The event was refused; nothing was applied. The result says why. */
  REJECTED
}
