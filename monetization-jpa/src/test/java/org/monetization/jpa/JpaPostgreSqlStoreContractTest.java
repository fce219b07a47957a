package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.monetization.Monetization;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerSummary;
import org.monetization.paging.PageRequest;

/**
 * Runs the storage contract suite, and the JPA store's own behaviour tests, on PostgreSQL, in the
 * {@code databases} Maven profile only. Each test gets a new, empty schema (a schema of the test database,
 * dropped afterwards).
 */
@EnabledIfSystemProperty(named = TestDatabase.SERVERS_PROPERTY, matches = ".*postgresql.*")
class JpaPostgreSqlStoreContractTest extends StoreContractSuite {
  private static final TestDatabase DATABASE = new TestDatabase.PostgreSql();

  @Override
  TestDatabase database() {
    return DATABASE;
  }

  /**
   * V10 gives each substring filter of the customer list a trigram index, which PostgreSQL can look the
   * list's pattern up in (the planner is kept from the scans it would choose on a table this small), and
   * the list still finds exactly the matches.
   */
  @Test
  void eachSubstringFilterOfTheCustomerListHasATrigramIndexThatServesItsPattern() {
    JpaStore store = DATABASE.open();
    try {
      Monetization sdk = camilleLefebvreAndMartin(store);

      assertThat(DATABASE.query(store, "select indexname from pg_indexes where schemaname = current_schema()"
              + " and indexdef like '%USING gin%gin_trgm_ops%' order by indexname"))
          .containsExactly("mon_customer_address_trgm_ix", "mon_customer_city_trgm_ix",
              "mon_customer_email_trgm_ix", "mon_customer_name_trgm_ix");
      for (String column : List.of("search_name", "search_email", "search_address", "search_city")) {
        List<String> plan = DATABASE.query(store, "set enable_seqscan = off", "set enable_indexscan = off",
            "set enable_indexonlyscan = off",
            "explain select id from mon_customer where " + column + " like '%mille le!%f%' escape '!'");
        assertThat(String.join("\n", plan)).as(column)
            .contains("Bitmap Index Scan on mon_customer_" + column.substring("search_".length()) + "_trgm_ix");
      }
      assertThat(sdk.customers().list(CustomerFilter.builder().fullName("mille lef").build(), PageRequest.first(10))
              .items())
          .extracting(CustomerSummary::fullName).containsExactly("Camille Lefebvre");
    } finally {
      DATABASE.close(store);
    }
  }
}
