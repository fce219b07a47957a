-- Indexes that answer the customer list's count and id queries without reading the table (index-only
-- scans), so that a filtered first page at 100,000 customers stays far below 20 ms (docs/performance.md).
--
-- The text filters are substring matches (LIKE '%...%'), which no B-tree can look up; the database scans
-- a whole index instead, and an index is a fraction of the width of mon_customer. For that the index must
-- hold every column the query reads: the filtered columns and the id that the count and the page's id
-- query select.
--
-- PostgreSQL only. ${mon_postgresql_only} is empty on PostgreSQL and starts a comment elsewhere, so the
-- statements below run on PostgreSQL alone:
--   * H2 and MariaDB (InnoDB) store the primary key in every secondary index: V1's indexes already
--     hold the id, and a composite of a 768-character column and another would pass MariaDB's 3072-byte
--     key limit.
--   * PostgreSQL's indexes hold a row pointer, not the id, so V1's indexes cannot answer these queries.
-- Each index replaces V1's index on its leading column, so an insert maintains as many indexes as before.
-- Equality filters get the id as a key column (their matches come out in id order, the page's order);
-- substring filters carry it as an INCLUDE column, which keeps it out of the key.

${mon_postgresql_only}CREATE INDEX mon_customer_list_name_ix ON mon_customer (search_name) INCLUDE (id);
${mon_postgresql_only}CREATE INDEX mon_customer_list_email_ix ON mon_customer (search_email) INCLUDE (id);
${mon_postgresql_only}CREATE INDEX mon_customer_list_city_ix ON mon_customer (search_city, status) INCLUDE (id);
${mon_postgresql_only}CREATE INDEX mon_customer_list_country_ix ON mon_customer (search_country, id);
${mon_postgresql_only}CREATE INDEX mon_customer_list_status_ix ON mon_customer (status, id);
${mon_postgresql_only}CREATE INDEX mon_customer_list_type_ix ON mon_customer (customer_type, id);
${mon_postgresql_only}CREATE INDEX mon_customer_list_payment_ix ON mon_customer (payment_method, id);

${mon_postgresql_only}DROP INDEX mon_customer_search_name_ix;
${mon_postgresql_only}DROP INDEX mon_customer_search_email_ix;
${mon_postgresql_only}DROP INDEX mon_customer_search_city_ix;
${mon_postgresql_only}DROP INDEX mon_customer_search_country_ix;
${mon_postgresql_only}DROP INDEX mon_customer_status_ix;
${mon_postgresql_only}DROP INDEX mon_customer_customer_type_ix;
${mon_postgresql_only}DROP INDEX mon_customer_payment_method_ix;
