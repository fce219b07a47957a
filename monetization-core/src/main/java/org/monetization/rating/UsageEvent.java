package org.monetization.rating;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A usage event reported by the network (BAL-6, BAL-7): a voice call, a data session, a text message.
 * It names the service it belongs to by identifier and service type, when it started, how much was used
 * in the tariff's unit (seconds, MB...), and the service type's mandatory, optional and rating fields as
 * text. Immutable. The values are checked when the event is rated, so that a batch reports a bad event in
 * its own result; only missing parts are programming errors.
 *
 * <p>A long session reported in parts (a data session with interim reports) gives every part the same
 * session id: each part is rated once, and the rounding step applies to the session's running total, not
 * to each part, so a session costs what one event of its total quantity would.
 *
 * <pre>{@code
 * UsageEvent call = UsageEvent.builder("cdr-000042", "+33612345678", "VOICE")
 *     .startTime(Instant.parse("2026-03-10T09:15:00Z"))
 *     .quantity(new BigDecimal("61"))
 *     .field("zone", "NATIONAL").field("period", "PEAK")
 *     .build();
 * }</pre>
 *
 * @param id the event's unique id, assigned by whoever reports it; a replay carries the same id; at most
 *     {@value #MAX_TEXT_LENGTH} characters
 * @param serviceIdentifier the identifier of the service used
 * @param serviceType the service type code, which picks the service's product line
 * @param startTime when the usage started; balances and the service are checked at this instant
 * @param quantity how much was used, in the tariff's unit; not negative, at most {@value #MAX_QUANTITY_SCALE}
 *     decimals
 * @param fields the service type's field values, by field name; names of at most {@value #MAX_TEXT_LENGTH}
 *     characters, values of at most {@value #MAX_FIELD_VALUE_LENGTH}
 * @param sessionId the session the event is a part of, unique like event ids; null for a standalone event
 */
public record UsageEvent(
    String id, String serviceIdentifier, String serviceType, Instant startTime, BigDecimal quantity,
    Map<String, String> fields, @Nullable String sessionId) {

  /** The longest id, session id and field name a stored event keeps, in characters. */
  public static final int MAX_TEXT_LENGTH = 255;

  /** The longest field value a stored event keeps, in characters. */
  public static final int MAX_FIELD_VALUE_LENGTH = 4000;

  /** The most decimals a quantity may have: every store keeps quantities exactly to this scale. */
  public static final int MAX_QUANTITY_SCALE = 12;

  /** Checks every part is present and copies the fields. */
  public UsageEvent {
    requireNonNull(id, "id");
    requireNonNull(serviceIdentifier, "serviceIdentifier");
    requireNonNull(serviceType, "serviceType");
    requireNonNull(startTime, "startTime");
    requireNonNull(quantity, "quantity");
    fields = Map.copyOf(fields);
  }

  /**
   * Returns a builder of an event.
   *
   * @param id the event id
   * @param serviceIdentifier the service identifier
   * @param serviceType the service type code
   * @return the builder, with no field, quantity 0, starting at the epoch, standalone until set
   */
  public static Builder builder(String id, String serviceIdentifier, String serviceType) {
    return new Builder(id, serviceIdentifier, serviceType);
  }

  /** Builds a {@link UsageEvent}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String serviceIdentifier;
    private final String serviceType;
    private Instant startTime = Instant.EPOCH;
    private BigDecimal quantity = BigDecimal.ZERO;
    private final Map<String, String> fields = new HashMap<>();
    private @Nullable String sessionId;

    private Builder(String id, String serviceIdentifier, String serviceType) {
      this.id = id;
      this.serviceIdentifier = serviceIdentifier;
      this.serviceType = serviceType;
    }

    /**
     * Sets when the usage started.
     *
     * @param value the start
     * @return this builder
     */
    public Builder startTime(Instant value) {
      this.startTime = value;
      return this;
    }

    /**
     * Sets the quantity used.
     *
     * @param value the quantity in the tariff's unit
     * @return this builder
     */
    public Builder quantity(BigDecimal value) {
      this.quantity = value;
      return this;
    }

    /**
     * Sets a field value.
     *
     * @param name the field name
     * @param value its value as text
     * @return this builder
     */
    public Builder field(String name, String value) {
      fields.put(name, value);
      return this;
    }

    /**
     * Makes the event a part of a session.
     *
     * @param value the session id
     * @return this builder
     */
    public Builder session(String value) {
      this.sessionId = value;
      return this;
    }

    /** Returns the event. */
    public UsageEvent build() {
      return new UsageEvent(id, serviceIdentifier, serviceType, startTime, quantity, fields, sessionId);
    }
  }
}
