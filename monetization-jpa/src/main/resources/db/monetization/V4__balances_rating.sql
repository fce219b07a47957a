-- Resources, the balances of each balance group, the adjustment ledger and rated usage events (SPEC
-- section 5, BAL-1 to BAL-7). Numbered 4: version 3 is left to the index migration of another branch.
--
-- One script for H2, PostgreSQL and MariaDB, with the placeholders of V1 and V2 plus one:
--   ${mon_timestamp}      an instant with microseconds: TIMESTAMP(6) WITH TIME ZONE, or DATETIME(6) holding UTC
--   ${mon_table_options}  MariaDB only: utf8mb4 with a binary, no-pad collation
--   ${mon_ordered_key}    a text key that ORDER BY sorts by code point: VARCHAR(255) with the "C" collation
--                         on PostgreSQL (whose database collation may sort "a" before "B"), plain
--                         VARCHAR(255) on H2 (String.compareTo) and MariaDB (the tables' binary collation)
--
-- Numbers follow V2: DECIMAL(38, 12) plus the BigDecimal's own scale in a *_scale column, because
-- BigDecimal equality counts trailing zeros and every stored value comes back at scale 12; an amount of
-- money is a number plus a currency code column.

CREATE SEQUENCE mon_balance_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE mon_adjustment_id_seq START WITH 1 INCREMENT BY 1;

-- What balances can hold (CFG-3). Never changed once stored.
CREATE TABLE mon_resource (
  code VARCHAR(40) NOT NULL,
  name VARCHAR(255) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  currency VARCHAR(16),
  unit VARCHAR(64) NOT NULL,
  scale INTEGER NOT NULL,
  consumption_order VARCHAR(32) NOT NULL,
  PRIMARY KEY (code)
) ${mon_table_options};

-- The root of a group's balances aggregate (GroupBalances): one row per balance group that has ever
-- stored balances, created at version 1 by the first save. Every save is one conditional UPDATE of this
-- row (version = read + 1 where version = read), which also locks it until the transaction ends, so the
-- writers of one group serialise here and the writers of different groups never meet.
CREATE TABLE mon_group_balances (
  group_id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (group_id)
) ${mon_table_options};

-- The balances of a group, by id (ids are unique across groups). A save writes only the rows that changed.
CREATE TABLE mon_balance (
  id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  resource VARCHAR(40) NOT NULL,
  amount DECIMAL(38, 12) NOT NULL,
  amount_scale INTEGER NOT NULL,
  valid_from ${mon_timestamp} NOT NULL,
  valid_to ${mon_timestamp},
  created_at ${mon_timestamp} NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT mon_balance_group_fk FOREIGN KEY (group_id)
    REFERENCES mon_group_balances (group_id) ON DELETE CASCADE
) ${mon_table_options};

CREATE INDEX mon_balance_group_ix ON mon_balance (group_id);

-- The usage counters of a group (volume tiers), keyed by "service identifier/service type"; the
-- primary key's prefix is the lookup of a group's counters.
CREATE TABLE mon_usage_counter (
  group_id BIGINT NOT NULL,
  counter_key VARCHAR(255) NOT NULL,
  cycle_start ${mon_timestamp} NOT NULL,
  quantity DECIMAL(38, 12) NOT NULL,
  quantity_scale INTEGER NOT NULL,
  PRIMARY KEY (group_id, counter_key),
  CONSTRAINT mon_usage_counter_group_fk FOREIGN KEY (group_id)
    REFERENCES mon_group_balances (group_id) ON DELETE CASCADE
) ${mon_table_options};

-- The adjustment ledger: appended, never changed. Ids come from mon_adjustment_id_seq; a group's entries
-- are read in id order through (group_id, id).
CREATE TABLE mon_adjustment (
  id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  balance_id BIGINT NOT NULL,
  resource VARCHAR(40) NOT NULL,
  amount DECIMAL(38, 12) NOT NULL,
  amount_scale INTEGER NOT NULL,
  tax DECIMAL(38, 12) NOT NULL,
  tax_scale INTEGER NOT NULL,
  tax_provider VARCHAR(255),
  ledger_account VARCHAR(255),
  bill_item VARCHAR(1000) NOT NULL,
  event_id ${mon_ordered_key},
  recorded_at ${mon_timestamp} NOT NULL,
  PRIMARY KEY (id)
) ${mon_table_options};

CREATE INDEX mon_adjustment_group_ix ON mon_adjustment (group_id, id);

-- Rated usage events, keyed by the reporter's event id. The primary key is what makes ingestion
-- idempotent: a second insert of an id, from a concurrent transaction or after a restart, fails with a
-- unique violation. Listings by service and period walk (service_identifier, start_time, id).
CREATE TABLE mon_usage_event (
  id ${mon_ordered_key} NOT NULL,
  version BIGINT NOT NULL,
  service_identifier VARCHAR(255) NOT NULL,
  service_type VARCHAR(255) NOT NULL,
  session_id VARCHAR(255),
  subscription_id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  start_time ${mon_timestamp} NOT NULL,
  created_at ${mon_timestamp} NOT NULL,
  quantity DECIMAL(38, 12) NOT NULL,
  quantity_scale INTEGER NOT NULL,
  rated_quantity DECIMAL(38, 12) NOT NULL,
  rated_quantity_scale INTEGER NOT NULL,
  charge DECIMAL(38, 12) NOT NULL,
  charge_currency VARCHAR(16) NOT NULL,
  amount DECIMAL(38, 12) NOT NULL,
  amount_currency VARCHAR(16) NOT NULL,
  PRIMARY KEY (id)
) ${mon_table_options};

CREATE INDEX mon_usage_event_service_ix ON mon_usage_event (service_identifier, start_time, id);

-- The parts of a long session are summed by session id (UsageEventRepository.sessionQuantities).
CREATE INDEX mon_usage_event_session_ix ON mon_usage_event (session_id);

-- The field values an event was reported with (RatedEvent.fields()).
CREATE TABLE mon_usage_event_field (
  event_id ${mon_ordered_key} NOT NULL,
  field_name VARCHAR(255) NOT NULL,
  field_value VARCHAR(4000) NOT NULL,
  PRIMARY KEY (event_id, field_name),
  CONSTRAINT mon_usage_event_field_event_fk FOREIGN KEY (event_id)
    REFERENCES mon_usage_event (id) ON DELETE CASCADE
) ${mon_table_options};

-- What rating an event did to each balance (RatedEvent.impacts()), in order.
CREATE TABLE mon_usage_event_impact (
  event_id ${mon_ordered_key} NOT NULL,
  position INTEGER NOT NULL,
  balance_id BIGINT NOT NULL,
  resource VARCHAR(40) NOT NULL,
  amount DECIMAL(38, 12) NOT NULL,
  amount_scale INTEGER NOT NULL,
  PRIMARY KEY (event_id, position),
  CONSTRAINT mon_usage_event_impact_event_fk FOREIGN KEY (event_id)
    REFERENCES mon_usage_event (id) ON DELETE CASCADE
) ${mon_table_options};
