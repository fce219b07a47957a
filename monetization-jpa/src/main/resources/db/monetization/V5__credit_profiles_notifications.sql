-- Credit profiles and the notifications their thresholds record (CFG-8, BAL-9). One script for H2,
-- PostgreSQL and MariaDB with the placeholders of V4 (${mon_timestamp}, ${mon_text}, ${mon_table_options});
-- numbers follow V2 and V4: DECIMAL(38, 12) plus the BigDecimal's own scale.

CREATE SEQUENCE mon_notification_id_seq START WITH 1 INCREMENT BY 1;

-- The credit profile of a balance group, at most one. The profile (thresholds and channel names) is a JSON
-- document: it is always read and written whole, once per changed group per command, and never queried by
-- its parts, so one keyed row is the cheapest lookup on the rating path.
CREATE TABLE mon_credit_profile (
  group_id BIGINT NOT NULL,
  content ${mon_text} NOT NULL,
  PRIMARY KEY (group_id)
) ${mon_table_options};

-- Recorded threshold crossings: appended in the transaction of the command that crossed, never changed.
-- Ids come from mon_notification_id_seq; a group's notifications are read in id order through (group_id, id).
-- channels is the JSON array of the channel names the notification is sent through.
CREATE TABLE mon_notification (
  id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  notification_type VARCHAR(32) NOT NULL,
  resource VARCHAR(40) NOT NULL,
  threshold_kind VARCHAR(32) NOT NULL,
  threshold_value DECIMAL(38, 12) NOT NULL,
  threshold_value_scale INTEGER NOT NULL,
  threshold_limit DECIMAL(38, 12),
  threshold_limit_scale INTEGER,
  level_amount DECIMAL(38, 12) NOT NULL,
  level_scale INTEGER NOT NULL,
  value_amount DECIMAL(38, 12) NOT NULL,
  value_scale INTEGER NOT NULL,
  channels VARCHAR(4000) NOT NULL,
  occurred_at ${mon_timestamp} NOT NULL,
  PRIMARY KEY (id)
) ${mon_table_options};

CREATE INDEX mon_notification_group_ix ON mon_notification (group_id, id);

-- The outcome of sending a notification through a channel. The primary key allows one delivery per
-- notification and channel, so a notification is never recorded as sent twice through one channel.
CREATE TABLE mon_notification_delivery (
  notification_id BIGINT NOT NULL,
  channel VARCHAR(255) NOT NULL,
  status VARCHAR(16) NOT NULL,
  detail VARCHAR(1000),
  delivered_at ${mon_timestamp} NOT NULL,
  PRIMARY KEY (notification_id, channel),
  CONSTRAINT mon_notification_delivery_fk FOREIGN KEY (notification_id)
    REFERENCES mon_notification (id) ON DELETE CASCADE
) ${mon_table_options};
