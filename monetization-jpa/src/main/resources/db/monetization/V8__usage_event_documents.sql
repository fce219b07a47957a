-- A rated usage event becomes one row (issue 6, durable rating at 10,000 events/s): its reported field
-- values and its balance impacts move from the child tables of V4 into two JSON documents of the event's
-- own row. They are written once with the event and always read whole with it, never queried by their parts,
-- and each child row cost an insert, an index entry and a foreign-key check of its own: a rated batch of
-- 1,000 events was about 4,000 rows, now it is 1,000.
--
--   field_values  a JSON object of texts, name -> value:  {"startTime":"2026-03-10T09:00:00Z","zone":"EU"}
--   impacts       a JSON array, in the event's order:
--                 [{"balance":3,"resource":"DATA_MB","amount":-7,"scale":0}, ...]
--                 amount is a JSON number, exact (never a double), and scale the BigDecimal's scale it is
--                 read back at, as the DECIMAL(38, 12) columns kept it beside the number.
--
-- The existing rows are converted here with the databases' own JSON functions, which escape the texts; their
-- names and the separator between a key and its value differ, hence the placeholders (internal.Database):
-- ${mon_json_object}, ${mon_json_objectagg}, ${mon_json_arrayagg} and ${mon_json_value} ("," or H2's VALUE).
-- A converted amount keeps the 12 decimals of its column and its scale beside it; the store reads both forms.

ALTER TABLE mon_usage_event ADD COLUMN field_values ${mon_text} DEFAULT '{}' NOT NULL;
ALTER TABLE mon_usage_event ADD COLUMN impacts ${mon_text} DEFAULT '[]' NOT NULL;

UPDATE mon_usage_event
SET field_values = (
  SELECT ${mon_json_objectagg}(f.field_name ${mon_json_value} f.field_value)
  FROM mon_usage_event_field f
  WHERE f.event_id = mon_usage_event.id)
WHERE EXISTS (SELECT 1 FROM mon_usage_event_field f WHERE f.event_id = mon_usage_event.id);

UPDATE mon_usage_event
SET impacts = (
  SELECT ${mon_json_arrayagg}(${mon_json_object}(
      'balance' ${mon_json_value} i.balance_id,
      'resource' ${mon_json_value} i.resource,
      'amount' ${mon_json_value} i.amount,
      'scale' ${mon_json_value} i.amount_scale) ORDER BY i.position)
  FROM mon_usage_event_impact i
  WHERE i.event_id = mon_usage_event.id)
WHERE EXISTS (SELECT 1 FROM mon_usage_event_impact i WHERE i.event_id = mon_usage_event.id);

-- The defaults only filled the rows that existed; the store always writes both documents.
ALTER TABLE mon_usage_event ALTER COLUMN field_values DROP DEFAULT;
ALTER TABLE mon_usage_event ALTER COLUMN impacts DROP DEFAULT;

DROP TABLE mon_usage_event_field;
DROP TABLE mon_usage_event_impact;
