package org.monetization.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.PaymentMethod;

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
    assertThat(search.parameters()).isEmpty();
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

    assertThat(search.conditions()).containsExactly(
        "c.searchName like :searchName escape '!'",
        "c.searchCountry = :searchCountry",
        "c.status = :status",
        "c.customerType = :customerType",
        "c.paymentMethod = :paymentMethod");
    assertThat(search.parameters()).isEqualTo(Map.of(
        "searchName", "%élise!_m%",
        "searchCountry", "fr",
        "status", "INACTIVE",
        "customerType", "BUSINESS",
        "paymentMethod", "CREDIT_CARD"));
    assertThat(search.where("c.id > :after")).startsWith(" where c.id > :after and c.searchName like");
  }
}
