package org.monetization.config;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A configured segment of customers (CFG-1), such as {@code BUSINESS} or {@code RESIDENTIAL}, used to
 * filter, export and bill. Immutable; identified by its code.
 *
 * @param code stable identifier: upper-case letters, digits and underscores, 1 to 40 characters
 * @param name human-readable name
 */
public record CustomerType(String code, String name) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /**
   * Checks the code's format and that the name is not blank.
   *
   * @throws IllegalArgumentException if the code or name is malformed
   */
  public CustomerType {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    checkArgument(CODE.matcher(code).matches(), "customer type code must match %s: %s", CODE, code);
    checkArgument(!name.isBlank(), "customer type name must not be blank");
  }

  /**
   * Returns a customer type.
   *
   * @param code the stable code
   * @param name the display name
   * @return the type
   */
  public static CustomerType of(String code, String name) {
    return new CustomerType(code, name);
  }
}
