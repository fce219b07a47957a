package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.CustomerSummary;
import org.monetization.paging.PageRequest;

/**
 * Runs the storage contract suite, and the JPA store's own behaviour tests, on in-memory H2 (the default
 * build). Each test gets a new, empty schema (a fresh in-memory database, shut down afterwards).
 */
class JpaH2StoreContractTest extends StoreContractSuite {
  private static final TestDatabase DATABASE = new TestDatabase.H2Memory();

  @Override
  TestDatabase database() {
    return DATABASE;
  }

  /**
   * V11 gives each substring filter of the customer list an H2 index of its column and the status, which
   * the list names in its query, and the list still finds exactly the matches with the index it names.
   */
  @Test
  void eachSubstringFilterOfTheCustomerListHasAnIndexOfItsColumnAndTheStatus() {
    JpaStore store = DATABASE.open();
    try {
      Monetization sdk = camilleLefebvreAndMartin(store);

      assertThat(DATABASE.query(store, "select index_name || '(' || listagg(column_name, ',')"
              + " within group (order by ordinal_position) || ')' from information_schema.index_columns"
              + " where table_schema = current_schema and index_name like 'MON_CUSTOMER_LIST_%'"
              + " group by index_name order by index_name"))
          .containsExactly("MON_CUSTOMER_LIST_ADDRESS_IX(SEARCH_ADDRESS,STATUS)",
              "MON_CUSTOMER_LIST_CITY_IX(SEARCH_CITY,STATUS)", "MON_CUSTOMER_LIST_EMAIL_IX(SEARCH_EMAIL,STATUS)",
              "MON_CUSTOMER_LIST_NAME_IX(SEARCH_NAME,STATUS)");
      assertThat(DATABASE.query(store, "select index_name from information_schema.indexes"
              + " where table_schema = current_schema and index_name like 'MON_CUSTOMER_SEARCH_%'"))
          .as("V1's indexes on the same columns are gone").containsExactly("MON_CUSTOMER_SEARCH_COUNTRY_IX");
      assertThat(String.join("\n", DATABASE.query(store, "explain select id from mon_customer"
              + " use index (mon_customer_list_city_ix) where search_city like '%ari%' and status = 'ACTIVE'")))
          .contains("MON_CUSTOMER_LIST_CITY_IX");
      for (CustomerFilter filter : List.of(
          CustomerFilter.builder().fullName("mille lef").build(),
          CustomerFilter.builder().email("lefebvre").status(CustomerStatus.ACTIVE).build())) {
        assertThat(sdk.customers().list(filter, PageRequest.first(10)).items())
            .as(filter.toString()).extracting(CustomerSummary::fullName).containsExactly("Camille Lefebvre");
      }
    } finally {
      DATABASE.close(store);
    }
  }
}
