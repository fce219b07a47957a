package org.monetization.examples.demo.rating;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.monetization.rating.UsageEvent;

/**
 * One line of the call detail record file, as the network reports it: every value is text and a blank cell
 * means the network left the field out. Which cells a record uses depends on its service type: a voice call
 * has start and end, origin, destination, zone and period; a data session part has start, end, access point
 * and zone, and shares its session id with the other parts; a text message has its sending time, destination
 * and zone. Immutable.
 *
 * @param recordId the record's unique id; a replayed record repeats it
 * @param serviceId the service identifier (the mobile number)
 * @param serviceType VOICE, DATA or SMS
 * @param sessionId the data session the record is a part of; blank for standalone records
 * @param startTime when the usage started (ISO-8601, UTC); for a text message, when it was sent
 * @param endTime when the call or data part ended; blank for text messages
 * @param quantity seconds for a call, MB for data, 1 for a text message
 * @param unit the quantity's unit: s, MB or msg
 * @param origin the calling number of a call
 * @param destination the called number or the text message's recipient
 * @param zone NATIONAL, EU or INTERNATIONAL
 * @param period PEAK or OFF_PEAK, for calls
 * @param apn the access point name of a data session
 */
@JsonPropertyOrder({
  "record_id", "service_id", "service_type", "session_id", "start_time", "end_time", "quantity", "unit",
  "origin", "destination", "zone", "period", "apn"
})
record CdrRecord(
    @JsonProperty("record_id") String recordId,
    @JsonProperty("service_id") String serviceId,
    @JsonProperty("service_type") String serviceType,
    @JsonProperty("session_id") String sessionId,
    @JsonProperty("start_time") String startTime,
    @JsonProperty("end_time") String endTime,
    @JsonProperty("quantity") String quantity,
    @JsonProperty("unit") String unit,
    @JsonProperty("origin") String origin,
    @JsonProperty("destination") String destination,
    @JsonProperty("zone") String zone,
    @JsonProperty("period") String period,
    @JsonProperty("apn") String apn) {

  /** Turns missing cells into blanks, so that a short line reads like one with empty cells. */
  CdrRecord {
    recordId = orBlank(recordId);
    serviceId = orBlank(serviceId);
    serviceType = orBlank(serviceType);
    sessionId = orBlank(sessionId);
    startTime = orBlank(startTime);
    endTime = orBlank(endTime);
    quantity = orBlank(quantity);
    unit = orBlank(unit);
    origin = orBlank(origin);
    destination = orBlank(destination);
    zone = orBlank(zone);
    period = orBlank(period);
    apn = orBlank(apn);
  }

  /**
   * Returns the usage event the record reports, with every time moved by the shift. The service type's
   * fields are filled from the non-blank cells only, so a record missing a mandatory value reaches the SDK
   * without it and is rejected there, in its own rating result.
   *
   * @param shift how far to move the record's times (see {@link CdrFile})
   * @return the event
   * @throws IllegalArgumentException if the start time or quantity cannot be read, which the event needs
   */
  UsageEvent toEvent(Duration shift) {
    Instant start = Instant.parse(startTime).plus(shift);
    UsageEvent.Builder event = UsageEvent.builder(recordId, serviceId, serviceType)
        .startTime(start)
        .quantity(new BigDecimal(quantity));
    if (!sessionId.isBlank()) {
      event.session(sessionId);
    }
    event.field(serviceType.equals("SMS") ? "sentAt" : "startTime", start.toString());
    if (!endTime.isBlank()) {
      event.field("endTime", Instant.parse(endTime).plus(shift).toString());
    }
    put(event, "origin", origin);
    put(event, "destination", destination);
    put(event, "zone", zone);
    put(event, "period", period);
    put(event, "apn", apn);
    return event.build();
  }

  private static void put(UsageEvent.Builder event, String name, String value) {
    if (!value.isBlank()) {
      event.field(name, value);
    }
  }

  private static String orBlank(@Nullable String value) {
    return value == null ? "" : value;
  }
}
