package org.monetization.config;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Defines one custom attribute of an entity (CFG-2): its name, value type, whether a value is mandatory,
 * and whether the value is printed on invoices. Immutable.
 *
 * @param target the kind of entity carrying the attribute
 * @param name the attribute's name: a letter, then letters, digits, {@code _} or {@code -}, 1 to 64
 * @param type the value type
 * @param mandatory whether every entity of the target must carry a value
 * @param printedOnInvoice whether invoices show the value
 * @param allowedValues for {@link AttributeType#ENUM}, the allowed values (not empty); empty otherwise
 */
public record CustomAttributeDefinition(
    AttributeTarget target,
    String name,
    AttributeType type,
    boolean mandatory,
    boolean printedOnInvoice,
    Set<String> allowedValues) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

  /**
   * Checks the name and that allowed values are given exactly for enumerations.
   *
   * @throws IllegalArgumentException if the name is malformed or the allowed values do not fit the type
   */
  public CustomAttributeDefinition {
    requireNonNull(target, "target");
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    allowedValues = Set.copyOf(allowedValues);
    checkArgument(NAME.matcher(name).matches(), "attribute name must match %s: %s", NAME, name);
    checkArgument(
        (type == AttributeType.ENUM) == !allowedValues.isEmpty(),
        "allowed values are required for ENUM attributes and only for them: %s",
        name);
  }

  /**
   * Returns an optional attribute of a non-enumeration type.
   *
   * @param target the entity kind
   * @param name the attribute name
   * @param type the value type, not {@link AttributeType#ENUM}
   * @return the definition
   */
  public static CustomAttributeDefinition optional(AttributeTarget target, String name, AttributeType type) {
    return new CustomAttributeDefinition(target, name, type, false, false, Set.of());
  }

  /**
   * Returns a mandatory attribute of a non-enumeration type.
   *
   * @param target the entity kind
   * @param name the attribute name
   * @param type the value type, not {@link AttributeType#ENUM}
   * @return the definition
   */
  public static CustomAttributeDefinition mandatory(AttributeTarget target, String name, AttributeType type) {
    return new CustomAttributeDefinition(target, name, type, true, false, Set.of());
  }

  /**
   * Returns an enumeration attribute.
   *
   * @param target the entity kind
   * @param name the attribute name
   * @param mandatory whether a value is required
   * @param allowedValues the allowed values, not empty
   * @return the definition
   */
  public static CustomAttributeDefinition enumeration(
      AttributeTarget target, String name, boolean mandatory, Set<String> allowedValues) {
    return new CustomAttributeDefinition(target, name, AttributeType.ENUM, mandatory, false, allowedValues);
  }

  /**
   * Returns a copy of this definition with the invoice-printing flag set as given.
   *
   * @param printed whether invoices show the value
   * @return the new definition
   */
  public CustomAttributeDefinition withPrintedOnInvoice(boolean printed) {
    return new CustomAttributeDefinition(target, name, type, mandatory, printed, allowedValues);
  }

  /**
   * Returns why the value does not fit this definition, or empty if it fits.
   *
   * @param value the candidate value
   * @return the reason for rejection, if any
   */
  public Optional<String> problemWith(AttributeValue value) {
    if (value.type() != type) {
      return Optional.of("must be a " + type + " but was a " + value.type());
    }
    if (type == AttributeType.ENUM && !allowedValues.contains(value.asText())) {
      return Optional.of("must be one of " + allowedValues.stream().sorted().toList());
    }
    return Optional.empty();
  }
}
