package org.monetization.rating;

/**
 * What rating does with an event of a service that is not in force (BAL-7): not ACTIVE, or used outside
 * its validity, or of a closed account. Chosen once for an SDK instance.
 */
public enum InactiveServiceMode {
  /** Such events are refused. The default. */
  FORBIDDEN,
  /** Events of services that are not active or outside their validity are rated; closed accounts refused. */
  RATE_INACTIVE,
  /** Events of services that are not active, outside their validity, or of closed accounts are all rated. */
  RATE_INACTIVE_AND_CLOSED
}
