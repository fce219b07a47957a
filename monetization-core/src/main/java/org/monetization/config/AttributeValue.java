package org.monetization.config;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A typed value of a custom attribute. Immutable. Each variant carries one {@link AttributeType}; the
 * definition it is stored under decides whether the type fits.
 *
 * <pre>{@code
 * Map<String, AttributeValue> attributes = Map.of(
 *     "vip", AttributeValue.bool(true),
 *     "employees", AttributeValue.number(new BigDecimal("250")),
 *     "segment", AttributeValue.choice("SME"));
 * }</pre>
 */
public sealed interface AttributeValue {

  /** Returns the type of this value. */
  AttributeType type();

  /** Returns the canonical text form, which {@link #parse(AttributeType, String)} reads back. */
  String asText();

  /**
   * Returns a {@link AttributeType#STRING} value.
   *
   * @param value the text
   * @return the value
   */
  static AttributeValue text(String value) {
    return new Text(value);
  }

  /**
   * Returns a {@link AttributeType#NUMBER} value.
   *
   * @param value the exact number
   * @return the value
   */
  static AttributeValue number(BigDecimal value) {
    return new Number(value);
  }

  /**
   * Returns a {@link AttributeType#BOOLEAN} value.
   *
   * @param value the flag
   * @return the value
   */
  static AttributeValue bool(boolean value) {
    return new Bool(value);
  }

  /**
   * Returns a {@link AttributeType#DATE_TIME} value.
   *
   * @param value the instant
   * @return the value
   */
  static AttributeValue dateTime(Instant value) {
    return new DateTime(value);
  }

  /**
   * Returns an {@link AttributeType#ENUM} value; the definition decides whether it is allowed.
   *
   * @param value the chosen allowed value
   * @return the value
   */
  static AttributeValue choice(String value) {
    return new Choice(value);
  }

  /**
   * Reads a value of the given type from its canonical text form.
   *
   * @param type the type to read
   * @param text the text, as produced by {@link #asText()}
   * @return the value
   * @throws IllegalArgumentException if the text is not a value of that type
   */
  static AttributeValue parse(AttributeType type, String text) {
    requireNonNull(text, "text");
    try {
      return switch (type) {
        case STRING -> new Text(text);
        case NUMBER -> new Number(new BigDecimal(text));
        case BOOLEAN -> {
          if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("not a boolean: " + text);
          }
          yield new Bool(Boolean.parseBoolean(text));
        }
        case DATE_TIME -> new DateTime(IsoInstants.parse(text));
        case ENUM -> new Choice(text);
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("not a " + type + ": " + text, e);
    }
  }

  /**
   * A text value.
   *
   * @param value the text
   */
  record Text(String value) implements AttributeValue {
    /** Checks the text is present. */
    public Text {
      requireNonNull(value, "value");
    }

    @Override
    public AttributeType type() {
      return AttributeType.STRING;
    }

    @Override
    public String asText() {
      return value;
    }
  }

  /**
   * An exact number. A negative scale ({@code 1E+3}) is normalised to scale 0 ({@code 1000}), the form its
   * plain text reads back as.
   *
   * @param value the number
   */
  record Number(BigDecimal value) implements AttributeValue {
    /** Checks the number is present and normalises a negative scale. */
    public Number {
      requireNonNull(value, "value");
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }

    @Override
    public AttributeType type() {
      return AttributeType.NUMBER;
    }

    @Override
    public String asText() {
      return value.toPlainString();
    }
  }

  /**
   * A flag.
   *
   * @param value the flag
   */
  record Bool(boolean value) implements AttributeValue {
    @Override
    public AttributeType type() {
      return AttributeType.BOOLEAN;
    }

    @Override
    public String asText() {
      return Boolean.toString(value);
    }
  }

  /**
   * An instant.
   *
   * @param value the instant
   */
  record DateTime(Instant value) implements AttributeValue {
    /** Checks the instant is present. */
    public DateTime {
      requireNonNull(value, "value");
    }

    @Override
    public AttributeType type() {
      return AttributeType.DATE_TIME;
    }

    @Override
    public String asText() {
      return value.toString();
    }
  }

  /**
   * One value of an enumeration.
   *
   * @param value the chosen value
   */
  record Choice(String value) implements AttributeValue {
    /** Checks the value is present. */
    public Choice {
      requireNonNull(value, "value");
    }

    @Override
    public AttributeType type() {
      return AttributeType.ENUM;
    }

    @Override
    public String asText() {
      return value;
    }
  }
}
