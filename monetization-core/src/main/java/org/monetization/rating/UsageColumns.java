package org.monetization.rating;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A run of one service's usage in columns, the high-volume form of ingestion (BAL-7): the events of one
 * <em>stream</em> with consecutive sequence numbers, sharing the service type's field values, each given
 * by its start time and quantity as primitives, so that a million events cost a few arrays rather than a
 * million objects. Rated by {@link Rating#rateColumns(UsageColumns)}. Immutable: the builder's arrays are
 * copied.
 *
 * <p>A stream is a numbered feed of one service's usage, such as a network element's usage reports for the
 * line or a mediation's per-subscriber sequence; its name is the service's own (two services, or two service
 * types of one line, may each have a stream {@code "pgw-paris-1"}, numbered apart). Idempotency is by
 * position rather than by id: the stream remembers the last sequence it applied, so a replay (the same
 * sequences again) is a duplicate and a gap (a sequence beyond the next one) is refused, whatever the number
 * of events; a new stream starts at sequence 1. The position is kept with the service's balances and lasts as
 * long as they do, so a stream should be long-lived: a feed, not one session. Each rated event is stored with
 * the id {@code <serviceIdentifier>/<serviceType>/<stream>#<sequence>}; {@code rateAll} refuses to store an
 * event of its own under an id of that form (a replay of a stream's event is a duplicate).
 *
 * <pre>{@code
 * UsageColumns usage = UsageColumns.builder("+33612345678", "DATA", "pgw-paris-1")
 *     .firstSequence(1_001)
 *     .field("startTime", "2026-03-10T09:00:00Z").field("zone", "EU")
 *     .quantityScale(1)                       // quantities in tenths of the tariff's unit
 *     .add(Instant.parse("2026-03-10T09:00:00Z"), 125)
 *     .add(Instant.parse("2026-03-10T09:05:00Z"), 40)
 *     .build();
 * }</pre>
 *
 * <p>Everything is checked when the run is rated, as for {@link UsageEvent}; only missing parts and
 * columns of different lengths are programming errors.
 */
public final class UsageColumns {
  /** The most events one run may hold. */
  public static final int MAX_SIZE = 100_000;

  /** The earliest start time, in milliseconds since the epoch: 0001-01-01T00:00:00Z. */
  public static final long MIN_START_TIME = -62_135_596_800_000L;

  /** The latest start time, in milliseconds since the epoch: 9999-12-31T23:59:59.999Z. */
  public static final long MAX_START_TIME = 253_402_300_799_999L;

  private final String serviceIdentifier;
  private final String serviceType;
  private final String stream;
  private final long firstSequence;
  private final Map<String, String> fields;
  private final int quantityScale;
  private final long[] startTimes;
  private final long[] quantities;

  private UsageColumns(String serviceIdentifier, String serviceType, String stream, long firstSequence,
      Map<String, String> fields, int quantityScale, long[] startTimes, long[] quantities) {
    this.serviceIdentifier = requireNonNull(serviceIdentifier, "serviceIdentifier");
    this.serviceType = requireNonNull(serviceType, "serviceType");
    this.stream = requireNonNull(stream, "stream");
    this.firstSequence = firstSequence;
    this.fields = Map.copyOf(fields);
    this.quantityScale = quantityScale;
    checkArgument(startTimes.length == quantities.length,
        "as many start times as quantities: %s, %s", startTimes.length, quantities.length);
    this.startTimes = startTimes;
    this.quantities = quantities;
  }

  /**
   * Returns a run of usage from columns, copying them.
   *
   * @param serviceIdentifier the identifier of the service used
   * @param serviceType the service type code, which picks the service's product line
   * @param stream the name of the service's stream the sequence numbers belong to; with the service identifier
   *     and type, short enough for ids of at most {@value UsageEvent#MAX_TEXT_LENGTH} characters
   * @param firstSequence the sequence number of the first event, at least 1; the others follow by one
   * @param fields the service type's field values shared by every event, by field name
   * @param quantityScale the decimals of the quantities, 0 to {@value UsageEvent#MAX_QUANTITY_SCALE}
   * @param startTimes when each event started, in milliseconds since the epoch, from {@link #MIN_START_TIME}
   *     to {@link #MAX_START_TIME}
   * @param quantities how much each event used, unscaled: {@code quantities[i] / 10^quantityScale} of the
   *     tariff's unit; not negative
   * @return the run
   * @throws IllegalArgumentException if the columns differ in length
   */
  public static UsageColumns of(String serviceIdentifier, String serviceType, String stream, long firstSequence,
      Map<String, String> fields, int quantityScale, long[] startTimes, long[] quantities) {
    return new UsageColumns(serviceIdentifier, serviceType, stream, firstSequence, fields, quantityScale,
        startTimes.clone(), quantities.clone());
  }

  /**
   * Returns a builder of a run.
   *
   * @param serviceIdentifier the identifier of the service used
   * @param serviceType the service type code
   * @param stream the stream the sequence numbers belong to
   * @return the builder: first sequence 1, quantities in whole units, no field, no event
   */
  public static Builder builder(String serviceIdentifier, String serviceType, String stream) {
    return new Builder(serviceIdentifier, serviceType, stream);
  }

  /** Returns the identifier of the service used. */
  public String serviceIdentifier() {
    return serviceIdentifier;
  }

  /** Returns the service type code. */
  public String serviceType() {
    return serviceType;
  }

  /** Returns the stream the sequence numbers belong to. */
  public String stream() {
    return stream;
  }

  /** Returns the sequence number of the first event. */
  public long firstSequence() {
    return firstSequence;
  }

  /** Returns the field values every event of the run shares. */
  public Map<String, String> fields() {
    return fields;
  }

  /** Returns the decimals of the unscaled quantities. */
  public int quantityScale() {
    return quantityScale;
  }

  /** Returns the number of events. */
  public int size() {
    return quantities.length;
  }

  /**
   * Returns an event's sequence number.
   *
   * @param index the event's index, from 0
   * @return {@code firstSequence() + index}
   */
  public long sequence(int index) {
    Objects.checkIndex(index, quantities.length);
    return firstSequence + index;
  }

  /**
   * Returns when an event started.
   *
   * @param index the event's index, from 0
   * @return milliseconds since the epoch
   */
  public long startTimeMillis(int index) {
    return startTimes[index];
  }

  /**
   * Returns an event's quantity, unscaled.
   *
   * @param index the event's index, from 0
   * @return the quantity times {@code 10^quantityScale()}
   */
  public long unscaledQuantity(int index) {
    return quantities[index];
  }

  /**
   * Returns an event's quantity.
   *
   * @param index the event's index, from 0
   * @return the quantity in the tariff's unit
   */
  public BigDecimal quantity(int index) {
    return BigDecimal.valueOf(quantities[index], quantityScale);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UsageColumns that
        && serviceIdentifier.equals(that.serviceIdentifier)
        && serviceType.equals(that.serviceType)
        && stream.equals(that.stream)
        && firstSequence == that.firstSequence
        && fields.equals(that.fields)
        && quantityScale == that.quantityScale
        && Arrays.equals(startTimes, that.startTimes)
        && Arrays.equals(quantities, that.quantities);
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(serviceIdentifier, serviceType, stream, firstSequence, fields, quantityScale);
    return 31 * (31 * hash + Arrays.hashCode(startTimes)) + Arrays.hashCode(quantities);
  }

  /** Returns the service, stream and sequence range; not the events. */
  @Override
  public String toString() {
    return "UsageColumns[" + serviceIdentifier + "/" + serviceType + ", stream " + stream + ", sequences "
        + firstSequence + ".." + (firstSequence + size() - 1) + ", " + size() + " events]";
  }

  /** Builds a {@link UsageColumns}, growing its columns as events are added. Not thread-safe. */
  public static final class Builder {
    private final String serviceIdentifier;
    private final String serviceType;
    private final String stream;
    private long firstSequence = 1;
    private final Map<String, String> fields = new HashMap<>();
    private int quantityScale;
    private long[] startTimes = new long[16];
    private long[] quantities = new long[16];
    private int size;

    private Builder(String serviceIdentifier, String serviceType, String stream) {
      this.serviceIdentifier = requireNonNull(serviceIdentifier, "serviceIdentifier");
      this.serviceType = requireNonNull(serviceType, "serviceType");
      this.stream = requireNonNull(stream, "stream");
    }

    /**
     * Sets the sequence number of the first event.
     *
     * @param value the first sequence, at least 1
     * @return this builder
     */
    public Builder firstSequence(long value) {
      this.firstSequence = value;
      return this;
    }

    /**
     * Sets a field value every event shares.
     *
     * @param name the field name
     * @param value its value as text
     * @return this builder
     */
    public Builder field(String name, String value) {
      fields.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the decimals of the unscaled quantities added.
     *
     * @param value 0 to {@value UsageEvent#MAX_QUANTITY_SCALE}
     * @return this builder
     */
    public Builder quantityScale(int value) {
      this.quantityScale = value;
      return this;
    }

    /**
     * Adds an event.
     *
     * @param startTime when it started; kept to the millisecond, anything finer is dropped
     * @param unscaledQuantity how much it used, times {@code 10^quantityScale}
     * @return this builder
     */
    public Builder add(Instant startTime, long unscaledQuantity) {
      return add(startTime.toEpochMilli(), unscaledQuantity);
    }

    /**
     * Adds an event.
     *
     * @param startTimeMillis when it started, in milliseconds since the epoch
     * @param unscaledQuantity how much it used, times {@code 10^quantityScale}
     * @return this builder
     */
    public Builder add(long startTimeMillis, long unscaledQuantity) {
      if (size == quantities.length) {
        startTimes = Arrays.copyOf(startTimes, size * 2);
        quantities = Arrays.copyOf(quantities, size * 2);
      }
      startTimes[size] = startTimeMillis;
      quantities[size] = unscaledQuantity;
      size++;
      return this;
    }

    /** Returns the run of the events added so far. */
    public UsageColumns build() {
      return new UsageColumns(serviceIdentifier, serviceType, stream, firstSequence, fields, quantityScale,
          Arrays.copyOf(startTimes, size), Arrays.copyOf(quantities, size));
    }
  }
}
