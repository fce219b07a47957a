-- The published catalog, billing profiles, balance groups, subscriptions, provisioned services and
-- promotion redemptions (SPEC sections 3 to 5).
--
-- One script for H2, PostgreSQL and MariaDB, with the placeholders of V1 plus one:
--   ${mon_timestamp}      an instant with microseconds: TIMESTAMP(6) WITH TIME ZONE, or DATETIME(6) holding UTC
--   ${mon_table_options}  MariaDB only: utf8mb4 with a binary, no-pad collation
--   ${mon_text}           text of any length: CLOB on H2, TEXT on PostgreSQL, LONGTEXT on MariaDB
--
-- Aggregates refer to each other by id, without foreign keys: the storage SPI defines no order between
-- them (a purged customer may leave its subscriptions behind, as with the in-memory store), and the
-- adapter maps ids, not associations, so the ORM does not know an order to insert them in. The child rows
-- of an aggregate (product lines, coupons, charges, devices...) do have a foreign key to their root, and
-- a position column that keeps their order in the aggregate's lists.
--
-- Amounts and quantities are DECIMAL(38, 12): exact, 26 digits before the point and 12 after; the adapter
-- refuses a value that does not fit rather than let a database round it. An amount's currency is its own
-- column; a quantity's scale is stored beside it, because BigDecimal equality counts trailing zeros
-- (1.50 is not 1.5) and the database keeps every value at scale 12.

CREATE SEQUENCE mon_billing_profile_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE mon_balance_group_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE mon_subscription_id_seq START WITH 1 INCREMENT BY 1;

-- Each published catalog version as the JSON document ProductCatalog.toJson writes: a catalog is read
-- and written as a whole, never queried by its parts.
CREATE TABLE mon_catalog (
  version INTEGER NOT NULL,
  published_at ${mon_timestamp} NOT NULL,
  content ${mon_text} NOT NULL,
  PRIMARY KEY (version)
) ${mon_table_options};

CREATE TABLE mon_billing_profile (
  id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  payment_type VARCHAR(16) NOT NULL,
  currency VARCHAR(16) NOT NULL,
  billing_interval VARCHAR(16) NOT NULL,
  billing_day INTEGER NOT NULL,
  zone_id VARCHAR(64) NOT NULL,
  anchor_at ${mon_timestamp} NOT NULL,
  valid_from ${mon_timestamp} NOT NULL,
  valid_to ${mon_timestamp},
  PRIMARY KEY (id)
) ${mon_table_options};

CREATE INDEX mon_billing_profile_customer_ix ON mon_billing_profile (customer_id);

CREATE TABLE mon_balance_group (
  id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  billing_profile_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  valid_from ${mon_timestamp} NOT NULL,
  valid_to ${mon_timestamp},
  PRIMARY KEY (id)
) ${mon_table_options};

CREATE INDEX mon_balance_group_customer_ix ON mon_balance_group (customer_id);

-- The subscription aggregate root; version is bumped by a conditional UPDATE (optimistic locking).
CREATE TABLE mon_subscription (
  id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  balance_group_id BIGINT NOT NULL,
  plan_code VARCHAR(255) NOT NULL,
  catalog_version INTEGER NOT NULL,
  status VARCHAR(16) NOT NULL,
  started_at ${mon_timestamp} NOT NULL,
  ended_at ${mon_timestamp},
  PRIMARY KEY (id)
) ${mon_table_options};

CREATE INDEX mon_subscription_customer_ix ON mon_subscription (customer_id);

-- Product lines in Subscription.products() order. Line numbers are unique per subscription by the
-- aggregate's invariant; no unique key on them, because rewriting the list row by row could trip it half
-- way. A null unit price or fee is a null amount and a null currency.
CREATE TABLE mon_subscription_product (
  subscription_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  line_number INTEGER NOT NULL,
  bundle_code VARCHAR(255) NOT NULL,
  product_code VARCHAR(255) NOT NULL,
  product_type VARCHAR(16) NOT NULL,
  pack BOOLEAN NOT NULL,
  quantity DECIMAL(38, 12) NOT NULL,
  quantity_scale INTEGER NOT NULL,
  unit_price DECIMAL(38, 12),
  unit_price_currency VARCHAR(16),
  fee DECIMAL(38, 12),
  fee_currency VARCHAR(16),
  valid_from ${mon_timestamp} NOT NULL,
  valid_to ${mon_timestamp},
  status VARCHAR(16) NOT NULL,
  service_identifier VARCHAR(255),
  PRIMARY KEY (subscription_id, position),
  CONSTRAINT mon_subscription_product_subscription_fk FOREIGN KEY (subscription_id)
    REFERENCES mon_subscription (id) ON DELETE CASCADE
) ${mon_table_options};

CREATE TABLE mon_subscription_coupon (
  subscription_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  coupon_code VARCHAR(255) NOT NULL,
  PRIMARY KEY (subscription_id, position),
  CONSTRAINT mon_subscription_coupon_subscription_fk FOREIGN KEY (subscription_id)
    REFERENCES mon_subscription (id) ON DELETE CASCADE
) ${mon_table_options};

-- One-off amounts left for the next bill, in order; negative amounts are credits.
CREATE TABLE mon_subscription_charge (
  subscription_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  description VARCHAR(1000) NOT NULL,
  amount DECIMAL(38, 12) NOT NULL,
  currency VARCHAR(16) NOT NULL,
  charged_at ${mon_timestamp} NOT NULL,
  PRIMARY KEY (subscription_id, position),
  CONSTRAINT mon_subscription_charge_subscription_fk FOREIGN KEY (subscription_id)
    REFERENCES mon_subscription (id) ON DELETE CASCADE
) ${mon_table_options};

-- Provisioned services, keyed by their identifier: the primary key is what keeps an identifier unique
-- among all services, also between concurrent transactions (the second insert waits for the first
-- transaction and fails with a unique violation once it commits).
CREATE TABLE mon_service (
  identifier VARCHAR(255) NOT NULL,
  version BIGINT NOT NULL,
  subscription_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  valid_from ${mon_timestamp} NOT NULL,
  valid_to ${mon_timestamp},
  PRIMARY KEY (identifier)
) ${mon_table_options};

CREATE INDEX mon_service_subscription_ix ON mon_service (subscription_id);

-- ProvisionedService.products(): the subscription line each service type of the service is bound to.
CREATE TABLE mon_service_product (
  service_identifier VARCHAR(255) NOT NULL,
  service_type VARCHAR(255) NOT NULL,
  line_number INTEGER NOT NULL,
  PRIMARY KEY (service_identifier, service_type),
  CONSTRAINT mon_service_product_service_fk FOREIGN KEY (service_identifier)
    REFERENCES mon_service (identifier) ON DELETE CASCADE
) ${mon_table_options};

CREATE TABLE mon_service_device (
  service_identifier VARCHAR(255) NOT NULL,
  position INTEGER NOT NULL,
  device VARCHAR(255) NOT NULL,
  PRIMARY KEY (service_identifier, position),
  CONSTRAINT mon_service_device_service_fk FOREIGN KEY (service_identifier)
    REFERENCES mon_service (identifier) ON DELETE CASCADE
) ${mon_table_options};

CREATE TABLE mon_service_event_generator (
  service_identifier VARCHAR(255) NOT NULL,
  position INTEGER NOT NULL,
  event_generator VARCHAR(255) NOT NULL,
  PRIMARY KEY (service_identifier, position),
  CONSTRAINT mon_service_event_generator_service_fk FOREIGN KEY (service_identifier)
    REFERENCES mon_service (identifier) ON DELETE CASCADE
) ${mon_table_options};

-- One row per redemption of a coupon or voucher code, numbered from 1 within the code. The primary key
-- (code, redemption_number) is what stops two concurrent transactions from both taking the last use of
-- a code; counting a code's redemptions reads its prefix.
CREATE TABLE mon_promotion_redemption (
  code VARCHAR(255) NOT NULL,
  redemption_number INTEGER NOT NULL,
  subscription_id BIGINT NOT NULL,
  redeemed_at ${mon_timestamp} NOT NULL,
  PRIMARY KEY (code, redemption_number)
) ${mon_table_options};
