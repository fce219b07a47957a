package org.monetization.config;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.monetization.error.FieldErrors;

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
   * Records an error for every mandatory or rating field without a value, every value of an unknown field,
   * and every value that is not of its field's type (numbers are decimals, booleans {@code true} or
   * {@code false}, date-times ISO-8601 instants). Fields are named {@code prefix.name}, in sorted order.
   *
   * @param values the event's field values, as text
   * @param prefix the dotted path of the values in the command, e.g. {@code event.fields}
   * @param errors where to record problems
   */
  public void validate(Map<String, String> values, String prefix, FieldErrors errors) {
    if (isValid(values)) {
      return; // the rating hot path: most events are valid, and need no sorted copy to report nothing
    }
    new TreeMap<>(values).forEach((name, value) -> {
      String field = prefix + "." + name;
      ServiceField declared = field(name).orElse(null);
      if (declared == null) {
        errors.add(field, "not a field of service type " + code);
        return;
      }
      if (!parses(declared, value)) {
        errors.add(field, "must be a " + declared.type());
      }
    });
    fields.stream()
        .filter(f -> f.role() != FieldRole.OPTIONAL && !values.containsKey(f.name()))
        .map(ServiceField::name)
        .sorted()
        .forEach(name -> errors.add(prefix + "." + name, "required"));
  }

  /** Whether every value is of a known field and of its type, and every required field has a value. */
  private boolean isValid(Map<String, String> values) {
    int known = 0;
    for (ServiceField declared : fields) {
      String value = values.get(declared.name());
      if (value == null) {
        if (declared.role() != FieldRole.OPTIONAL) {
          return false;
        }
      } else if (!parses(declared, value)) {
        return false;
      } else {
        known++;
      }
    }
    return known == values.size(); // no value of an undeclared field
  }

  private static boolean parses(ServiceField declared, String value) {
    if (declared.type() == AttributeType.DATE_TIME) {
      return IsoInstants.isValid(value); // builds no instant: the hot path of rating validation
    }
    try {
      AttributeValue.parse(declared.type(), value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Returns the field with the given name.
   *
   * @param fieldName the name
   * @return the field, if the service type has it
   */
  public Optional<ServiceField> field(String fieldName) {
    for (ServiceField field : fields) {
      if (field.name().equals(fieldName)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
