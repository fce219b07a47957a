package org.monetization.config;

import static java.util.Objects.requireNonNull;

/**
 * A typed field of a service type's usage events (CFG-4), such as the destination of a call. Immutable.
 *
 * @param name the field name, unique within the service type
 * @param type the value type (enumerations are not used for event fields)
 * @param role mandatory, optional, or a rating field
 */
public record ServiceField(String name, AttributeType type, FieldRole role) {

  /** Checks the parts are present. */
  public ServiceField {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(role, "role");
  }
}
