package org.monetization.subscription;

/** The state of a provisioned service (SUB-7). */
public enum ServiceStatus {
  /** Usage is accepted and rated. */
  ACTIVE,
  /** Suspended: usage follows the configured inactive-service mode. */
  INACTIVE,
  /** Ended for good with its product or subscription. */
  CANCELLED
}
