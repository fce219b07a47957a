package org.monetization.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.monetization.config.AttributeTarget;
import org.monetization.config.AttributeType;
import org.monetization.config.CustomAttributeDefinition;

/** The stored form of a {@link CustomAttributeDefinition}, with its allowed values (enumerations only). */
@Entity
@Table(name = "mon_attribute_definition")
class AttributeDefinitionEntity {
  @EmbeddedId
  AttributeKey key = new AttributeKey("", "");

  @Column(name = "value_type", nullable = false, length = 16)
  String type = "";

  @Column(name = "mandatory", nullable = false)
  boolean mandatory;

  @Column(name = "printed_on_invoice", nullable = false)
  boolean printedOnInvoice;

  // Definitions are few and always read with their allowed values.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "mon_attribute_allowed_value",
      joinColumns = {
        @JoinColumn(name = "target", referencedColumnName = "target"),
        @JoinColumn(name = "name", referencedColumnName = "name")
      })
  @Column(name = "allowed_value", nullable = false)
  Set<String> allowedValues = new HashSet<>();

  static AttributeDefinitionEntity of(CustomAttributeDefinition definition) {
    AttributeDefinitionEntity entity = new AttributeDefinitionEntity();
    entity.key = new AttributeKey(definition.target().name(), definition.name());
    entity.type = definition.type().name();
    entity.mandatory = definition.mandatory();
    entity.printedOnInvoice = definition.printedOnInvoice();
    entity.allowedValues.addAll(definition.allowedValues());
    return entity;
  }

  CustomAttributeDefinition toDefinition() {
    return new CustomAttributeDefinition(
        AttributeTarget.valueOf(key.target()),
        key.name(),
        AttributeType.valueOf(type),
        mandatory,
        printedOnInvoice,
        allowedValues);
  }

  @Override
  public String toString() {
    return "AttributeDefinitionEntity[" + key.target() + "." + key.name() + "]";
  }
}
