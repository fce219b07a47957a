-- Retry delays for failed notification deliveries (issue 6, BAL-9): when an attempt fails, its sender
-- records when the next attempt is due, later after each failure (Monetization.Builder.deliveryRetryDelays),
-- and the resend job takes a FAILED delivery on again only once that time has come. Until V12 it retried a
-- failed delivery at its next run, so that a channel down for a few minutes used up every attempt.
--
-- Null in every status but FAILED, and for the FAILED rows written before V12, which stay due at once.
-- The resend job's selection still reads V9's index (status, attempts, delivered_at) and checks retry_at
-- on the FAILED rows below the maximum of attempts.
ALTER TABLE mon_notification_delivery ADD COLUMN retry_at ${mon_timestamp};
