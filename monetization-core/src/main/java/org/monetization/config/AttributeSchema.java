package org.monetization.config;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.monetization.error.FieldErrors;

/**
 * The custom attribute definitions of one {@link AttributeTarget}, able to validate a set of values against
 * them. Immutable.
 *
 * @param target the entity kind these definitions apply to
 * @param definitions the definitions by attribute name
 */
public record AttributeSchema(AttributeTarget target, Map<String, CustomAttributeDefinition> definitions) {

  /**
   * Copies the definitions and checks they all belong to the target.
   *
   * @throws IllegalArgumentException if a definition is for another target or filed under another name
   */
  public AttributeSchema {
    requireNonNull(target, "target");
    definitions = Map.copyOf(definitions);
    definitions.forEach(
        (name, definition) -> {
          if (definition.target() != target || !definition.name().equals(name)) {
            throw new IllegalArgumentException("definition " + definition + " does not belong under " + name);
          }
        });
  }

  /**
   * Returns the schema made of the given definitions.
   *
   * @param target the entity kind
   * @param definitions definitions of that target
   * @return the schema
   */
  public static AttributeSchema of(AttributeTarget target, Collection<CustomAttributeDefinition> definitions) {
    return new AttributeSchema(
        target,
        definitions.stream().collect(Collectors.toMap(CustomAttributeDefinition::name, Function.identity())));
  }

  /**
   * Returns the definition of an attribute, if it is defined.
   *
   * @param name the attribute name
   * @return the definition
   */
  public Optional<CustomAttributeDefinition> definition(String name) {
    return Optional.ofNullable(definitions.get(name));
  }

  /**
   * Records an error for every unknown name, wrongly typed or disallowed value, and missing mandatory
   * attribute. Fields are named {@code prefix.name}; names are visited in sorted order so the errors are
   * reported deterministically.
   *
   * @param values the values to check, by attribute name
   * @param prefix the dotted path of the map in the command, e.g. {@code account.customAttributes}
   * @param errors where to record problems
   */
  public void validate(Map<String, AttributeValue> values, String prefix, FieldErrors errors) {
    new TreeMap<>(values)
        .forEach(
            (name, value) -> {
              String field = prefix + "." + name;
              CustomAttributeDefinition definition = definitions.get(name);
              if (definition == null) {
                errors.add(field, "unknown custom attribute for " + target);
              } else {
                definition.problemWith(value).ifPresent(problem -> errors.add(field, problem));
              }
            });
    new TreeMap<>(definitions)
        .values().stream()
            .filter(CustomAttributeDefinition::mandatory)
            .filter(definition -> !values.containsKey(definition.name()))
            .forEach(definition -> errors.add(prefix + "." + definition.name(), "required"));
  }
}
