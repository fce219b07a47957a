-- Customers and the configuration they refer to (SPEC sections 1 and 2).
--
-- One script for H2, PostgreSQL and MariaDB. The two differences between them are placeholders that the
-- adapter fills in per database (see SchemaMigration):
--   ${mon_timestamp}      an instant with microseconds: TIMESTAMP(6) WITH TIME ZONE, or DATETIME(6) holding UTC
--   ${mon_table_options}  MariaDB only: utf8mb4 with a binary, no-pad collation, so that keys, equality and
--                         LIKE compare exactly like Java's String.equals and String.contains
-- Table names carry the mon_ prefix so that they can live in a host application's own schema. Primary keys
-- are unnamed because MariaDB ignores (and warns about) a name on them.

CREATE SEQUENCE mon_customer_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE mon_customer_type (
  code VARCHAR(40) NOT NULL,
  name VARCHAR(255) NOT NULL,
  PRIMARY KEY (code)
) ${mon_table_options};

CREATE TABLE mon_attribute_definition (
  target VARCHAR(16) NOT NULL,
  name VARCHAR(64) NOT NULL,
  value_type VARCHAR(16) NOT NULL,
  mandatory BOOLEAN NOT NULL,
  printed_on_invoice BOOLEAN NOT NULL,
  PRIMARY KEY (target, name)
) ${mon_table_options};

CREATE TABLE mon_attribute_allowed_value (
  target VARCHAR(16) NOT NULL,
  name VARCHAR(64) NOT NULL,
  allowed_value VARCHAR(255) NOT NULL,
  PRIMARY KEY (target, name, allowed_value),
  CONSTRAINT mon_attribute_allowed_value_definition_fk FOREIGN KEY (target, name)
    REFERENCES mon_attribute_definition (target, name) ON DELETE CASCADE
) ${mon_table_options};

-- The customer aggregate root. Account and payment sections are flattened into columns; the search_*
-- columns hold the lower-cased texts that CustomerFilter matches (computed in Java, so that every database
-- lower-cases exactly as String.toLowerCase(Locale.ROOT) does).
CREATE TABLE mon_customer (
  id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  created_at ${mon_timestamp} NOT NULL,
  closed_at ${mon_timestamp},
  subscription_count INTEGER NOT NULL,
  service_count INTEGER NOT NULL,

  first_name VARCHAR(255),
  last_name VARCHAR(255),
  email VARCHAR(255),
  phone VARCHAR(255),
  customer_type VARCHAR(255),
  organisation VARCHAR(255),
  has_address BOOLEAN NOT NULL,
  street VARCHAR(255),
  city VARCHAR(255),
  state VARCHAR(255),
  country VARCHAR(255),
  postal_code VARCHAR(255),

  payment_method VARCHAR(16) NOT NULL,
  card_holder_name VARCHAR(255),
  card_gateway_token VARCHAR(255),
  debit_mandate_id VARCHAR(255),
  debit_signature_date DATE,
  debit_bic VARCHAR(255),
  debit_iban VARCHAR(255),
  has_billing_address BOOLEAN NOT NULL,
  billing_street VARCHAR(255),
  billing_city VARCHAR(255),
  billing_state VARCHAR(255),
  billing_country VARCHAR(255),
  billing_postal_code VARCHAR(255),

  search_name VARCHAR(768),
  search_email VARCHAR(768),
  search_address VARCHAR(1536),
  search_city VARCHAR(768),
  search_country VARCHAR(255),
  PRIMARY KEY (id)
) ${mon_table_options};

-- One index per filter of the customer list, and closed_at for the purge of closed accounts. The text
-- filters are substring matches; their indexes serve prefix scans and index-only counts.
CREATE INDEX mon_customer_status_ix ON mon_customer (status);
CREATE INDEX mon_customer_customer_type_ix ON mon_customer (customer_type);
CREATE INDEX mon_customer_payment_method_ix ON mon_customer (payment_method);
CREATE INDEX mon_customer_search_country_ix ON mon_customer (search_country);
CREATE INDEX mon_customer_search_city_ix ON mon_customer (search_city);
CREATE INDEX mon_customer_search_name_ix ON mon_customer (search_name);
CREATE INDEX mon_customer_search_email_ix ON mon_customer (search_email);
CREATE INDEX mon_customer_closed_at_ix ON mon_customer (closed_at);

-- Contacts in the order they were added: position is the index in Customer.contacts(). Labels are unique
-- per customer by the aggregate's invariant; no unique key on them, because reordering contacts rewrites
-- labels row by row and would trip it half way.
CREATE TABLE mon_customer_contact (
  customer_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  label VARCHAR(255),
  first_name VARCHAR(255),
  last_name VARCHAR(255),
  email VARCHAR(255),
  phone VARCHAR(255),
  organisation VARCHAR(255),
  has_address BOOLEAN NOT NULL,
  street VARCHAR(255),
  city VARCHAR(255),
  state VARCHAR(255),
  country VARCHAR(255),
  postal_code VARCHAR(255),
  PRIMARY KEY (customer_id, position),
  CONSTRAINT mon_customer_contact_customer_fk FOREIGN KEY (customer_id)
    REFERENCES mon_customer (id) ON DELETE CASCADE
) ${mon_table_options};

CREATE TABLE mon_customer_tax_id (
  customer_id BIGINT NOT NULL,
  tax_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (customer_id, tax_id),
  CONSTRAINT mon_customer_tax_id_customer_fk FOREIGN KEY (customer_id)
    REFERENCES mon_customer (id) ON DELETE CASCADE
) ${mon_table_options};

-- Custom attribute values as (name, type, canonical text): AttributeValue.asText() and parse() round-trip
-- every type exactly (a NUMBER keeps its scale, "12.50" stays "12.50").
CREATE TABLE mon_customer_attribute (
  customer_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  value_type VARCHAR(16) NOT NULL,
  value_text VARCHAR(4000) NOT NULL,
  PRIMARY KEY (customer_id, name),
  CONSTRAINT mon_customer_attribute_customer_fk FOREIGN KEY (customer_id)
    REFERENCES mon_customer (id) ON DELETE CASCADE
) ${mon_table_options};
