-- The notification outbox (issue 6, BAL-9): a delivery is now recorded PENDING in the transaction of the
-- command that records its notification, then claimed for each attempt (IN_FLIGHT, leased), and ends SENT or
-- FAILED; the resend job retries FAILED deliveries below its maximum of attempts, and takes over IN_FLIGHT
-- ones whose lease expired. One script for H2, PostgreSQL and MariaDB with the placeholder ${mon_timestamp}
-- of V4; columns are added and their default dropped as in V8.
--
-- Until V9 a row was written once, after the single attempt had ended: every existing row is SENT or FAILED
-- after one attempt, and keeps that meaning with attempts = 1 and no lease. delivered_at keeps its name and
-- now holds the time the delivery took its status (recorded, claimed, or the last attempt ended); for the
-- existing rows that is still when their attempt ended.

-- Attempts claimed so far: 0 while PENDING, then one more per claim. A claim and an outcome compare the status
-- and attempts they expect in the WHERE clause of their UPDATE, so that of two senders exactly one wins.
ALTER TABLE mon_notification_delivery ADD COLUMN attempts INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE mon_notification_delivery ALTER COLUMN attempts DROP DEFAULT;

-- Until when the sender of an IN_FLIGHT attempt owns it; null in every other status.
ALTER TABLE mon_notification_delivery ADD COLUMN lease_until ${mon_timestamp};

-- The resend job's selection, one query per status, oldest first: PENDING with attempts = 0 before a time,
-- FAILED with attempts below a maximum (given-up rows, at or above it, fall outside the range, however many
-- pile up), IN_FLIGHT with an expired lease. SENT rows, the great majority, are never scanned.
CREATE INDEX mon_notification_delivery_due_ix ON mon_notification_delivery (status, attempts, delivered_at);
