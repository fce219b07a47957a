package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.monetization.config.CustomerType;

/** The stored form of a {@link CustomerType}: one row of {@code mon_customer_type}, keyed by code. */
@Entity
@Table(name = "mon_customer_type")
class CustomerTypeEntity {
  @Id
  @Column(name = "code", length = 40)
  String code = "";

  @Column(name = "name", nullable = false)
  String name = "";

  static CustomerTypeEntity of(CustomerType type) {
    CustomerTypeEntity entity = new CustomerTypeEntity();
    entity.code = type.code();
    entity.name = type.name();
    return entity;
  }

  CustomerType toCustomerType() {
    return CustomerType.of(code, name);
  }

  @Override
  public String toString() {
    return "CustomerTypeEntity[code=" + code + "]";
  }
}
