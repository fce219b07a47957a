package org.monetization.customer;

import org.jspecify.annotations.Nullable;

/**
 * A person to reach about an account (CUS-7), addressed by a label unique within the customer (other
 * features, such as notifications, name a contact by its label). Immutable.
 *
 * @param label unique tag within the customer, e.g. {@code billing} (required)
 * @param firstName first name (required)
 * @param lastName last name (required)
 * @param email email address (required)
 * @param phone phone number (optional)
 * @param organisation organisation (optional)
 * @param address postal address, any part optional
 */
public record Contact(
    @Nullable String label,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String organisation,
    @Nullable Address address) {

  /** Returns a builder with no field set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contact}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String label;
    private @Nullable String firstName;
    private @Nullable String lastName;
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String organisation;
    private @Nullable Address address;

    private Builder() {}

    /**
     * Sets the label.
     *
     * @param value the unique label
     * @return this builder
     */
    public Builder label(@Nullable String value) {
      this.label = value;
      return this;
    }

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
     * Sets the email.
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
     * Sets the organisation.
     *
     * @param value the organisation
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

    /** Returns the contact; validation happens in the command that receives it. */
    public Contact build() {
      return new Contact(label, firstName, lastName, email, phone, organisation, address);
    }
  }
}
