package org.monetization.customer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.monetization.config.AttributeValue;

/**
 * The account section of a customer (CUS-5): identity, contact channels, customer type, address and
 * custom attribute values. Immutable. Fields may be absent in a request; {@link Customers} reports every
 * missing required field at once.
 *
 * @param firstName first name (required)
 * @param lastName last name (required)
 * @param email email address (required)
 * @param phone phone number, digits with an optional leading {@code +} (required)
 * @param customerType code of a configured customer type (required)
 * @param organisation organisation name (optional)
 * @param address street, city, state and country required; postal code optional
 * @param customAttributes values of the customer's custom attributes, by name
 */
public record AccountInfo(
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String customerType,
    @Nullable String organisation,
    @Nullable Address address,
    Map<String, AttributeValue> customAttributes) {

  /** Copies the custom attributes. */
  public AccountInfo {
    customAttributes = Map.copyOf(customAttributes);
  }

  /** Returns a builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the full name, first name then last name, as shown in lists and searched by. */
  public String fullName() {
    return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
  }

  /** Returns a builder preset with this account info. */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .firstName(firstName)
            .lastName(lastName)
            .email(email)
            .phone(phone)
            .customerType(customerType)
            .organisation(organisation)
            .address(address);
    builder.customAttributes.putAll(customAttributes);
    return builder;
  }

  /** Builds an {@link AccountInfo}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String customerType;
    private @Nullable String organisation;
    private @Nullable Address address;
    private final Map<String, AttributeValue> customAttributes = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the first name.
     *
     * @param value the first name
     * @return this builder
     */
    public Builder firstName(@Nullable String value) {
      this.firstName = value;
      return this;
    }

    /**
     * Sets the last name.
     *
     * @param value the last name
     * @return this builder
     */
    public Builder lastName(@Nullable String value) {
      this.lastName = value;
      return this;
    }

    /**
     * Sets the email address.
     *
     * @param value the email
     * @return this builder
     */
    public Builder email(@Nullable String value) {
      this.email = value;
      return this;
    }

    /**
     * Sets the phone number.
     *
     * @param value the phone number
     * @return this builder
     */
    public Builder phone(@Nullable String value) {
      this.phone = value;
      return this;
    }

    /**
     * Sets the customer type code.
     *
     * @param value a configured customer type code
     * @return this builder
     */
    public Builder customerType(@Nullable String value) {
      this.customerType = value;
      return this;
    }

    /**
     * Sets the organisation.
     *
     * @param value the organisation name
     * @return this builder
     */
    public Builder organisation(@Nullable String value) {
      this.organisation = value;
      return this;
    }

    /**
     * Sets the address.
     *
     * @param value the address
     * @return this builder
     */
    public Builder address(@Nullable Address value) {
      this.address = value;
      return this;
    }

    /**
     * Sets one custom attribute value, replacing any earlier value of that name.
     *
     * @param name the attribute name
     * @param value the value
     * @return this builder
     */
    public Builder customAttribute(String name, AttributeValue value) {
      customAttributes.put(name, value);
      return this;
    }

    /** Returns the account info; validation happens in the command that receives it. */
    public AccountInfo build() {
      return new AccountInfo(
          firstName, lastName, email, phone, customerType, organisation, address, customAttributes);
    }
  }
}
