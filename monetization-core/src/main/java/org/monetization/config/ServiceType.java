package org.monetization.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The design of a service (CFG-4): its name and the typed fields of its usage events. Example: a voice
 * call with mandatory start and end times, origin and destination, and a rating field {@code zone}.
 * Immutable.
 *
 * @param code unique service type code, e.g. {@code VOICE}
 * @param name display name
 * @param fields the event fields, names unique
 */
public record ServiceType(String code, String name, List<ServiceField> fields) {

  /** Copies the fields. */
  public ServiceType {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    fields = List.copyOf(fields);
  }

  /**
   * Returns the field with the given name.
   *
   * @param fieldName the name
   * @return the field, if the service type has it
   */
  public Optional<ServiceField> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }
}
