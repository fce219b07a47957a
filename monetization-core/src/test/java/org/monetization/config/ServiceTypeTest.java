package org.monetization.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monetization.error.FieldError;
import org.monetization.error.FieldErrors;
import org.monetization.testing.CatalogFixtures;

class ServiceTypeTest {

  @Test
  void acceptsAnEventWithEveryMandatoryAndRatingFieldWellTyped() {
    FieldErrors errors = new FieldErrors();

    CatalogFixtures.voice().validate(Map.of(
        "startTime", "2026-03-10T09:00:00Z", "endTime", "2026-03-10T09:03:00Z", "origin", "+33611111111",
        "destination", "+33622222222", "zone", "NATIONAL", "period", "PEAK"), "event.fields", errors);

    assertThat(errors.hasErrors()).isFalse();
  }

  @Test
  void reportsMissingUnknownAndWronglyTypedFields() {
    FieldErrors errors = new FieldErrors();

    CatalogFixtures.voice().validate(Map.of(
        "startTime", "yesterday", "endTime", "2026-03-10T09:03:00Z", "origin", "+33611111111",
        "colour", "blue", "zone", "NATIONAL"), "event.fields", errors);

    assertThat(errors.errors()).containsExactly(
        new FieldError("event.fields.colour", "not a field of service type VOICE"),
        new FieldError("event.fields.startTime", "must be a DATE_TIME"),
        new FieldError("event.fields.destination", "required"),
        new FieldError("event.fields.period", "required"));
  }
}
