package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.Address;

/**
 * The five columns of a postal address. Hibernate reads an embedded value whose columns are all null back
 * as null, so the owner keeps a separate presence flag to tell "no address" from "an address with no part".
 */
@Embeddable
record AddressColumns(
    @Column(name = "street") @Nullable String street,
    @Column(name = "city") @Nullable String city,
    @Column(name = "state") @Nullable String state,
    @Column(name = "country") @Nullable String country,
    @Column(name = "postal_code") @Nullable String postalCode) {

  static @Nullable AddressColumns of(@Nullable Address address) {
    return address == null
        ? null
        : new AddressColumns(
            address.street(), address.city(), address.state(), address.country(), address.postalCode());
  }

  /** Rebuilds the address, given whether one was stored and the columns Hibernate read (null if all null). */
  static @Nullable Address toAddress(boolean present, @Nullable AddressColumns columns) {
    if (!present) {
      return null;
    }
    return columns == null
        ? new Address(null, null, null, null, null)
        : new Address(columns.street, columns.city, columns.state, columns.country, columns.postalCode);
  }
}
