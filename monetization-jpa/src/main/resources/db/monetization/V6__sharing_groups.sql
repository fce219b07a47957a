-- Sharing groups (BAL-8): an owner subscription whose balances of some resources member subscriptions
-- draw on. One script for H2, PostgreSQL and MariaDB with the placeholders of V4 (${mon_timestamp},
-- ${mon_table_options}); numbers follow V2 and V4: DECIMAL(38, 12) plus the BigDecimal's own scale.
--
-- A group is one versioned aggregate: the root row, its policy's shared resources and caps, and its
-- members, all keyed to the root (foreign key, ON DELETE CASCADE). The owner's customer, subscription and
-- balance group, and each member's, are referred to by id without foreign keys, as between the aggregates
-- of V2: the storage SPI orders no aggregate before another, and core's purge deletes a closed customer
-- whatever else refers to it.

CREATE SEQUENCE mon_sharing_group_id_seq START WITH 1 INCREMENT BY 1;

-- The root; version is bumped by a conditional UPDATE (optimistic locking), which also locks the row until
-- the transaction ends, so that the writers of one group serialise here.
CREATE TABLE mon_sharing_group (
  id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  owner_customer_id BIGINT NOT NULL,
  owner_subscription_id BIGINT NOT NULL,
  owner_group_id BIGINT NOT NULL,
  name VARCHAR(255) NOT NULL,
  valid_from ${mon_timestamp} NOT NULL,
  valid_to ${mon_timestamp},
  priority VARCHAR(16) NOT NULL,
  status VARCHAR(16) NOT NULL,
  created_at ${mon_timestamp} NOT NULL,
  PRIMARY KEY (id)
) ${mon_table_options};

-- SharingGroupRepository.ofOwner: a customer's groups in id order.
CREATE INDEX mon_sharing_group_owner_ix ON mon_sharing_group (owner_customer_id, id);

-- SharingPolicy.resources(): the codes of the shared resources.
CREATE TABLE mon_sharing_resource (
  sharing_group_id BIGINT NOT NULL,
  resource VARCHAR(40) NOT NULL,
  PRIMARY KEY (sharing_group_id, resource),
  CONSTRAINT mon_sharing_resource_group_fk FOREIGN KEY (sharing_group_id)
    REFERENCES mon_sharing_group (id) ON DELETE CASCADE
) ${mon_table_options};

-- SharingPolicy.capsPerCycle(): the cap per member and billing cycle of the capped resources.
CREATE TABLE mon_sharing_cap (
  sharing_group_id BIGINT NOT NULL,
  resource VARCHAR(40) NOT NULL,
  cap DECIMAL(38, 12) NOT NULL,
  cap_scale INTEGER NOT NULL,
  PRIMARY KEY (sharing_group_id, resource),
  CONSTRAINT mon_sharing_cap_group_fk FOREIGN KEY (sharing_group_id)
    REFERENCES mon_sharing_group (id) ON DELETE CASCADE
) ${mon_table_options};

-- The members. The unique key on subscription_id is what keeps a subscription in one group at most, also
-- between concurrent transactions: a second insert of a subscription waits for the transaction that
-- inserted it first and fails with a unique violation once that one commits. It is also the index of
-- SharingGroupRepository.ofMember.
CREATE TABLE mon_sharing_member (
  sharing_group_id BIGINT NOT NULL,
  subscription_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  balance_group_id BIGINT NOT NULL,
  valid_from ${mon_timestamp} NOT NULL,
  valid_to ${mon_timestamp},
  status VARCHAR(16) NOT NULL,
  joined_at ${mon_timestamp} NOT NULL,
  PRIMARY KEY (sharing_group_id, subscription_id),
  CONSTRAINT mon_sharing_member_subscription_uk UNIQUE (subscription_id),
  CONSTRAINT mon_sharing_member_group_fk FOREIGN KEY (sharing_group_id)
    REFERENCES mon_sharing_group (id) ON DELETE CASCADE
) ${mon_table_options};
