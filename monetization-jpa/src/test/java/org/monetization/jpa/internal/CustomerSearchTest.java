package org.monetization.jpa.internal;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.PaymentMethod;
import org.monetization.jpa.internal.CustomerSearch.Criterion;

class CustomerSearchTest {

  @Test
  void escapesTheLikeWildcardsAndTheEscapeCharacterOnly() {
    assertThat(CustomerSearch.escapeLike("100%_off!\\x")).isEqualTo("100!%!_off!!\\x");
    assertThat(CustomerSearch.escapeLike("plain")).isEqualTo("plain");
  }

  @Test
  void noCriterionMeansNoWhereClause() {
    CustomerSearch search = CustomerSearch.of(CustomerFilter.none());

    assertThat(search.where()).isEmpty();
    assertThat(search.where("c.id > :after")).isEqualTo(" where c.id > :after");
    assertThat(search.sqlWhere()).isEmpty();
    assertThat(search.criteria()).isEmpty();
    assertThat(search.hasSubstringCriterion()).isFalse();
  }

  @Test
  void textCriteriaAreLowerCasedEscapedSubstringsAndCodedOnesExact() {
    CustomerSearch search = CustomerSearch.of(CustomerFilter.builder()
        .fullName(" ÉLISE_M ")
        .country("Fr")
        .status(CustomerStatus.INACTIVE)
        .customerType("BUSINESS")
        .paymentMethod(PaymentMethod.CREDIT_CARD)
        .build());

    assertThat(search.where()).isEqualTo(" where c.searchName like :searchName escape '!'"
        + " and c.searchCountry = :searchCountry and c.status = :status"
        + " and c.customerType = :customerType and c.paymentMethod = :paymentMethod");
    assertThat(search.sqlWhere()).isEqualTo(" where search_name like :searchName escape '!'"
        + " and search_country = :searchCountry and status = :status"
        + " and customer_type = :customerType and payment_method = :paymentMethod");
    assertThat(search.criteria().stream().collect(toMap(Criterion::attribute, Criterion::value))).isEqualTo(Map.of(
        "searchName", "%élise!_m%",
        "searchCountry", "fr",
        "status", "INACTIVE",
        "customerType", "BUSINESS",
        "paymentMethod", "CREDIT_CARD"));
    assertThat(search.where("c.id > :after")).startsWith(" where c.id > :after and c.searchName like");
    assertThat(search.hasSubstringCriterion()).isTrue();
  }

  @Test
  void anH2IndexCoversOneSubstringCriterionAloneOrWithTheStatus() {
    assertThat(CustomerSearch.of(CustomerFilter.builder().fullName("lef").build()).coveringH2Index())
        .contains("mon_customer_list_name_ix");
    assertThat(CustomerSearch.of(CustomerFilter.builder().email("@example").build()).coveringH2Index())
        .contains("mon_customer_list_email_ix");
    assertThat(CustomerSearch.of(CustomerFilter.builder().address("rue").build()).coveringH2Index())
        .contains("mon_customer_list_address_ix");
    assertThat(CustomerSearch.of(CustomerFilter.builder().city("lyon").status(CustomerStatus.ACTIVE).build())
            .coveringH2Index())
        .contains("mon_customer_list_city_ix");

    assertThat(CustomerSearch.of(CustomerFilter.none()).coveringH2Index()).isEmpty();
    assertThat(CustomerSearch.of(CustomerFilter.builder().status(CustomerStatus.ACTIVE).build()).coveringH2Index())
        .isEmpty();
    assertThat(CustomerSearch.of(CustomerFilter.builder().city("lyon").fullName("lef").build()).coveringH2Index())
        .as("two substring columns: no index holds both").isEmpty();
    assertThat(CustomerSearch.of(CustomerFilter.builder().city("lyon").country("fr").build()).coveringH2Index())
        .as("the country is in no V11 index").isEmpty();
  }
}
