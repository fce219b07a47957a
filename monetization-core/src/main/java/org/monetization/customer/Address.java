package org.monetization.customer;

import org.jspecify.annotations.Nullable;

/**
 * A postal address. Which parts are required depends on where it is used (an account address needs a
 * street, city, state and country; a contact's address may be partial); the command that takes it says so.
 * Immutable.
 *
 * @param street street and number
 * @param city city
 * @param state state, region or province
 * @param country ISO 3166-1 alpha-2 country code, e.g. {@code FR}
 * @param postalCode postal code
 */
public record Address(
    @Nullable String street,
    @Nullable String city,
    @Nullable String state,
    @Nullable String country,
    @Nullable String postalCode) {

  /**
   * Returns an address.
   *
   * @param street street and number
   * @param city city
   * @param state state or region
   * @param country ISO 3166-1 alpha-2 code
   * @param postalCode postal code, may be null
   * @return the address
   */
  public static Address of(
      String street, String city, @Nullable String state, String country, @Nullable String postalCode) {
    return new Address(street, city, state, country, postalCode);
  }

  /** Returns the address on one line, skipping absent parts, for display and search. */
  public String singleLine() {
    StringBuilder line = new StringBuilder();
    for (String part : new String[] {street, postalCode, city, state, country}) {
      if (part != null && !part.isBlank()) {
        if (line.length() > 0) {
          line.append(", ");
        }
        line.append(part);
      }
    }
    return line.toString();
  }
}
