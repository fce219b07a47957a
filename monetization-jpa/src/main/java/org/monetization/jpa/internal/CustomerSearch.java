package org.monetization.jpa.internal;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.CustomerFilter;

/**
 * A {@link CustomerFilter} as a JPQL condition on the alias {@code c} of {@link CustomerEntity}, with its
 * parameters. It selects exactly the customers that {@link CustomerFilter#test} accepts: text criteria are
 * case-insensitive substrings (the criterion lower-cased as the search columns are, its {@code %} and
 * {@code _} escaped so that they match literally), the country is compared lower-cased, the coded criteria
 * exactly. Immutable.
 *
 * @param conditions one JPQL condition per criterion that is set
 * @param parameters the values of the conditions' named parameters
 */
record CustomerSearch(List<String> conditions, Map<String, Object> parameters) {
  /** The LIKE escape character: '!' rather than '\', which MariaDB string literals would swallow. */
  private static final char ESCAPE = '!';

  CustomerSearch {
    conditions = List.copyOf(conditions);
    parameters = Map.copyOf(parameters);
  }

  static CustomerSearch of(CustomerFilter filter) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    contains(conditions, parameters, "searchName", filter.fullName());
    contains(conditions, parameters, "searchEmail", filter.email());
    contains(conditions, parameters, "searchAddress", filter.address());
    contains(conditions, parameters, "searchCity", filter.city());
    equal(
        conditions,
        parameters,
        "searchCountry",
        filter.country() == null ? null : CustomerMapper.searchable(filter.country()));
    equal(conditions, parameters, "status", filter.status() == null ? null : filter.status().name());
    equal(conditions, parameters, "customerType", filter.customerType());
    equal(
        conditions,
        parameters,
        "paymentMethod",
        filter.paymentMethod() == null ? null : filter.paymentMethod().name());
    return new CustomerSearch(conditions, parameters);
  }

  /**
   * Returns the where clause of the criteria and the given further conditions, with a leading space, or
   * nothing when there is no condition at all.
   */
  String where(String... more) {
    List<String> all = new ArrayList<>(List.of(more));
    all.addAll(conditions);
    return all.isEmpty() ? "" : " where " + String.join(" and ", all);
  }

  /** Returns whether a criterion is a substring match, which no index can look up: a scan must find it. */
  boolean hasSubstringCriterion() {
    return conditions.stream().anyMatch(condition -> condition.contains(" like "));
  }

  /** Binds the criteria's parameters to a query built on {@link #where}, and returns it. */
  <Q extends Query> Q bind(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  private static void contains(
      List<String> conditions, Map<String, Object> parameters, String column, @Nullable String criterion) {
    if (criterion != null) {
      conditions.add("c." + column + " like :" + column + " escape '" + ESCAPE + "'");
      parameters.put(column, "%" + escapeLike(CustomerMapper.searchable(criterion)) + "%");
    }
  }

  private static void equal(
      List<String> conditions, Map<String, Object> parameters, String column, @Nullable String value) {
    if (value != null) {
      conditions.add("c." + column + " = :" + column);
      parameters.put(column, value);
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
