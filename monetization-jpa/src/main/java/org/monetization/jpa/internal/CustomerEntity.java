package org.monetization.jpa.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * The stored form of a {@link org.monetization.customer.Customer}: one row of {@code mon_customer} with the
 * account and payment sections flattened into columns, plus its contacts, tax ids and custom attribute
 * values as element collections. A plain data holder that {@link CustomerMapper} fills and reads; the
 * fields are package-private for it, which is safe because the store never asks Hibernate for lazy proxies
 * of this entity ({@code getReference}).
 *
 * <p>{@link #version} is deliberately not a JPA {@code @Version}: the repository bumps it with a
 * conditional update (see {@link JpaCustomerRepository#update}), so that every update raises it by exactly
 * one, whether or not Hibernate finds anything dirty to flush.
 */
@Entity
@Table(name = "mon_customer")
class CustomerEntity {
  /** Collections are fetched for this many customers at once when a chunk is read. */
  static final int FETCH_BATCH = 64;

  @Id
  @Column(name = "id")
  long id;

  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "status", nullable = false, length = 16)
  String status = "";

  @Column(name = "created_at", nullable = false)
  Instant createdAt = Instant.EPOCH;

  @Column(name = "closed_at")
  @Nullable Instant closedAt;

  @Column(name = "subscription_count", nullable = false)
  int subscriptionCount;

  @Column(name = "service_count", nullable = false)
  int serviceCount;

  @Column(name = "first_name")
  @Nullable String firstName;

  @Column(name = "last_name")
  @Nullable String lastName;

  @Column(name = "email")
  @Nullable String email;

  @Column(name = "phone")
  @Nullable String phone;

  @Column(name = "customer_type")
  @Nullable String customerType;

  @Column(name = "organisation")
  @Nullable String organisation;

  @Column(name = "has_address", nullable = false)
  boolean hasAddress;

  @Embedded
  @Nullable AddressColumns address;

  @Column(name = "payment_method", nullable = false, length = 16)
  String paymentMethod = "";

  @Column(name = "card_holder_name")
  @Nullable String cardHolderName;

  @Column(name = "card_gateway_token")
  @Nullable String cardGatewayToken;

  @Column(name = "debit_mandate_id")
  @Nullable String debitMandateId;

  @Column(name = "debit_signature_date")
  @Nullable LocalDate debitSignatureDate;

  @Column(name = "debit_bic")
  @Nullable String debitBic;

  @Column(name = "debit_iban")
  @Nullable String debitIban;

  @Column(name = "has_billing_address", nullable = false)
  boolean hasBillingAddress;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "billing_street"))
  @AttributeOverride(name = "city", column = @Column(name = "billing_city"))
  @AttributeOverride(name = "state", column = @Column(name = "billing_state"))
  @AttributeOverride(name = "country", column = @Column(name = "billing_country"))
  @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code"))
  @Nullable AddressColumns billingAddress;

  @Column(name = "search_name", length = 768)
  @Nullable String searchName;

  @Column(name = "search_email", length = 768)
  @Nullable String searchEmail;

  @Column(name = "search_address", length = 1536)
  @Nullable String searchAddress;

  @Column(name = "search_city", length = 768)
  @Nullable String searchCity;

  @Column(name = "search_country")
  @Nullable String searchCountry;

  @ElementCollection
  @CollectionTable(name = "mon_customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = FETCH_BATCH)
  List<ContactColumns> contacts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "mon_customer_tax_id", joinColumns = @JoinColumn(name = "customer_id"))
  @Column(name = "tax_id", nullable = false)
  @BatchSize(size = FETCH_BATCH)
  Set<String> taxIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "mon_customer_attribute", joinColumns = @JoinColumn(name = "customer_id"))
  @MapKeyColumn(name = "name")
  @BatchSize(size = FETCH_BATCH)
  Map<String, AttributeColumns> attributes = new HashMap<>();

  /** Identifies the row only: the entity holds secrets (IBAN, card token) that must never reach a log. */
  @Override
  public String toString() {
    return "CustomerEntity[id=" + id + ", version=" + version + "]";
  }
}
