package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.Contact;

/** One row of {@code mon_customer_contact}; its position in the customer's list is the order column. */
@Embeddable
record ContactColumns(
    @Column(name = "label") @Nullable String label,
    @Column(name = "first_name") @Nullable String firstName,
    @Column(name = "last_name") @Nullable String lastName,
    @Column(name = "email") @Nullable String email,
    @Column(name = "phone") @Nullable String phone,
    @Column(name = "organisation") @Nullable String organisation,
    @Column(name = "has_address", nullable = false) boolean hasAddress,
    @Embedded @Nullable AddressColumns address) {

  static ContactColumns of(Contact contact) {
    return new ContactColumns(
        contact.label(),
        contact.firstName(),
        contact.lastName(),
        contact.email(),
        contact.phone(),
        contact.organisation(),
        contact.address() != null,
        AddressColumns.of(contact.address()));
  }

  Contact toContact() {
    return new Contact(
        label, firstName, lastName, email, phone, organisation, AddressColumns.toAddress(hasAddress, address));
  }
}
