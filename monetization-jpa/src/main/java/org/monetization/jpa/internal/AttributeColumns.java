package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.monetization.config.AttributeType;
import org.monetization.config.AttributeValue;

/**
 * A custom attribute value as its type and canonical text ({@link AttributeValue#asText()}), which
 * {@link AttributeValue#parse} reads back exactly: a number keeps its scale, an instant its precision.
 */
@Embeddable
record AttributeColumns(
    @Column(name = "value_type", nullable = false) String type,
    @Column(name = "value_text", nullable = false, length = 4000) String text) {

  static AttributeColumns of(AttributeValue value) {
    return new AttributeColumns(value.type().name(), value.asText());
  }

  AttributeValue toValue() {
    return AttributeValue.parse(AttributeType.valueOf(type), text);
  }
}
