package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.monetization.config.ConsumptionOrder;
import org.monetization.config.Resource;
import org.monetization.config.ResourceKind;

/**
 * The stored form of a {@link Resource}: one row of {@code mon_resource}, keyed by code; the currency of a
 * monetary resource is its ISO code, null for other units.
 */
@Entity
@Table(name = "mon_resource")
class ResourceEntity {
  @Id
  @Column(name = "code", length = 40)
  String code = "";

  @Column(name = "name", nullable = false)
  String name = "";

  @Column(name = "kind", nullable = false, length = 16)
  String kind = "";

  @Column(name = "currency", length = 16)
  @Nullable String currency;

  @Column(name = "unit", nullable = false, length = 64)
  String unit = "";

  @Column(name = "scale", nullable = false)
  int scale;

  @Column(name = "consumption_order", nullable = false, length = 32)
  String consumptionOrder = "";

  static ResourceEntity of(Resource resource) {
    ResourceEntity entity = new ResourceEntity();
    entity.code = resource.code();
    entity.name = resource.name();
    entity.kind = resource.kind().name();
    entity.currency = resource.currency() == null ? null : resource.currency().getCurrencyCode();
    entity.unit = resource.unit();
    entity.scale = resource.scale();
    entity.consumptionOrder = resource.consumptionOrder().name();
    return entity;
  }

  Resource toResource() {
    return new Resource(
        code,
        name,
        ResourceKind.valueOf(kind),
        currency == null ? null : StoredValues.currency(currency),
        unit,
        scale,
        ConsumptionOrder.valueOf(consumptionOrder));
  }

  @Override
  public String toString() {
    return "ResourceEntity[code=" + code + "]";
  }
}
