-- Trigram indexes for the customer list's substring filters (name, email, address, city) on PostgreSQL.
--
-- A substring match (LIKE '%lyon%') cannot be looked up in a B-tree: V3 made the database scan a narrow
-- index instead of the table, which still visits every customer for every page. A GIN index of trigrams
-- (the pg_trgm extension) looks a pattern of three characters or more up: the database reads the entries
-- of the pattern's trigrams and checks the candidates, so a selective filter reads a few hundred entries
-- instead of 100,000 (docs/performance.md). A pattern shorter than three characters has no trigram, and
-- the planner keeps V3's scan for it.
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: a user who may create objects in
-- the database may install it. The block installs it in the schema public if it is missing, and uses it
-- wherever it is (a DBA may have installed it elsewhere), naming that schema for its operator class. When
-- it cannot be installed (no contrib package, no privilege), the migration only raises a notice and
-- creates no index: every search still answers the same, with V3's scans. A deployment that installs
-- pg_trgm later creates the four indexes with the statements below.
--
-- PostgreSQL only: ${mon_postgresql_only} is empty on PostgreSQL and starts a comment elsewhere. H2 and
-- MariaDB have no trigram index; they keep the scans of V1's indexes.

${mon_postgresql_only}DO $$
${mon_postgresql_only}DECLARE
${mon_postgresql_only}  trgm_schema name;
${mon_postgresql_only}BEGIN
${mon_postgresql_only}  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
${mon_postgresql_only}    BEGIN
${mon_postgresql_only}      CREATE EXTENSION pg_trgm SCHEMA public;
${mon_postgresql_only}    EXCEPTION WHEN OTHERS THEN
${mon_postgresql_only}      RAISE NOTICE 'pg_trgm could not be installed (%): the customer list''s substring filters will scan an index', SQLERRM;
${mon_postgresql_only}    END;
${mon_postgresql_only}  END IF;
${mon_postgresql_only}  SELECT n.nspname INTO trgm_schema
${mon_postgresql_only}  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
${mon_postgresql_only}  WHERE e.extname = 'pg_trgm';
${mon_postgresql_only}  IF trgm_schema IS NOT NULL THEN
${mon_postgresql_only}    EXECUTE format('CREATE INDEX mon_customer_name_trgm_ix ON mon_customer USING gin (search_name %I.gin_trgm_ops)', trgm_schema);
${mon_postgresql_only}    EXECUTE format('CREATE INDEX mon_customer_email_trgm_ix ON mon_customer USING gin (search_email %I.gin_trgm_ops)', trgm_schema);
${mon_postgresql_only}    EXECUTE format('CREATE INDEX mon_customer_address_trgm_ix ON mon_customer USING gin (search_address %I.gin_trgm_ops)', trgm_schema);
${mon_postgresql_only}    EXECUTE format('CREATE INDEX mon_customer_city_trgm_ix ON mon_customer USING gin (search_city %I.gin_trgm_ops)', trgm_schema);
${mon_postgresql_only}  END IF;
${mon_postgresql_only}END
${mon_postgresql_only}$$;
