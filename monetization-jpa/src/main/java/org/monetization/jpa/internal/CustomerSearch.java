package org.monetization.jpa.internal;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.CustomerFilter;

/**
 * A {@link CustomerFilter} as a condition on {@code mon_customer}, in JPQL on the alias {@code c} of
 * {@link CustomerEntity} or in SQL, with its parameters. It selects exactly the customers that
 * {@link CustomerFilter#test} accepts: text criteria are case-insensitive substrings (the criterion
 * lower-cased as the search columns are, its {@code %} and {@code _} escaped so that they match literally),
 * the country is compared lower-cased, the coded criteria exactly. Immutable.
 *
 * @param criteria one criterion per filter criterion that is set, in the filter's order
 */
record CustomerSearch(List<Criterion> criteria) {
  /** The LIKE escape character: '!' rather than '\', which MariaDB string literals would swallow. */
  private static final char ESCAPE = '!';

  CustomerSearch {
    criteria = List.copyOf(criteria);
  }

  /**
   * One criterion: a substring match or an equality on one column, whose named parameter is the entity
   * attribute's name.
   *
   * @param attribute the attribute of {@link CustomerEntity}, also the parameter's name
   * @param column the attribute's column in {@code mon_customer}
   * @param substring whether the column must contain the value ({@code LIKE}) rather than equal it
   * @param value the parameter's value: an escaped {@code LIKE} pattern, or the value to equal
   */
  record Criterion(String attribute, String column, boolean substring, String value) {
    String condition(String name) {
      return name + (substring ? " like :" + attribute + " escape '" + ESCAPE + "'" : " = :" + attribute);
    }
  }

  static CustomerSearch of(CustomerFilter filter) {
    List<Criterion> criteria = new ArrayList<>();
    contains(criteria, "searchName", "search_name", filter.fullName());
    contains(criteria, "searchEmail", "search_email", filter.email());
    contains(criteria, "searchAddress", "search_address", filter.address());
    contains(criteria, "searchCity", "search_city", filter.city());
    equal(
        criteria,
        "searchCountry",
        "search_country",
        filter.country() == null ? null : CustomerMapper.searchable(filter.country()));
    equal(criteria, "status", "status", filter.status() == null ? null : filter.status().name());
    equal(criteria, "customerType", "customer_type", filter.customerType());
    equal(
        criteria,
        "paymentMethod",
        "payment_method",
        filter.paymentMethod() == null ? null : filter.paymentMethod().name());
    return new CustomerSearch(criteria);
  }

  /**
   * Returns the JPQL where clause of the criteria and the given further conditions, with a leading space,
   * or nothing when there is no condition at all.
   */
  String where(String... more) {
    return clause(criterion -> criterion.condition("c." + criterion.attribute()), more);
  }

  /** Returns {@link #where} in SQL, on the columns of {@code mon_customer}. */
  String sqlWhere(String... more) {
    return clause(criterion -> criterion.condition(criterion.column()), more);
  }

  private String clause(Function<Criterion, String> condition, String... more) {
    List<String> all = new ArrayList<>(List.of(more));
    criteria.forEach(criterion -> all.add(condition.apply(criterion)));
    return all.isEmpty() ? "" : " where " + String.join(" and ", all);
  }

  /** Returns whether a criterion is a substring match, which no B-tree can look up: a scan must find it. */
  boolean hasSubstringCriterion() {
    return criteria.stream().anyMatch(Criterion::substring);
  }

  /**
   * Returns the H2 index that holds every column the criteria read, if one does: V11's index of the
   * substring column, which also holds the status, when that substring is the only one and the status the
   * only other criterion (the id, H2 keeps in every index). Scanning it reads a fraction of the bytes of
   * the table.
   */
  Optional<String> coveringH2Index() {
    List<Criterion> substrings = criteria.stream().filter(Criterion::substring).toList();
    boolean covered =
        substrings.size() == 1
            && criteria.stream().allMatch(c -> c.substring() || c.attribute().equals("status"));
    return covered
        ? Optional.of("mon_customer_list_" + substrings.get(0).column().substring("search_".length()) + "_ix")
        : Optional.empty();
  }

  /** Binds the criteria's parameters to a query built on {@link #where} or {@link #sqlWhere}, and returns it. */
  <Q extends Query> Q bind(Q query) {
    criteria.forEach(criterion -> query.setParameter(criterion.attribute(), criterion.value()));
    return query;
  }

  private static void contains(
      List<Criterion> criteria, String attribute, String column, @Nullable String criterion) {
    if (criterion != null) {
      criteria.add(
          new Criterion(attribute, column, true, "%" + escapeLike(CustomerMapper.searchable(criterion)) + "%"));
    }
  }

  private static void equal(List<Criterion> criteria, String attribute, String column, @Nullable String value) {
    if (value != null) {
      criteria.add(new Criterion(attribute, column, false, value));
    }
  }

  static String escapeLike(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ESCAPE || c == '%' || c == '_') {
        escaped.append(ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
