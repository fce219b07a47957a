package org.monetization.config;

/** The role of a field of a service type (CFG-4). */
public enum FieldRole {
  /** Every event of the service must carry a value. */
  MANDATORY,
  /** Events may carry a value. */
  OPTIONAL,
  /** Every event must carry a value, and tariffs select their price by it (zone, time of day...). */
  RATING
}
