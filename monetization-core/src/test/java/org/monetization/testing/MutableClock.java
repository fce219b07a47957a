package org.monetization.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it. Thread-safe. */
public final class MutableClock extends Clock {
  private volatile Instant now;
  private final ZoneId zone;

  private MutableClock(Instant now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Returns a UTC clock standing at the given instant. */
  public static MutableClock at(Instant now) {
    return new MutableClock(now, ZoneOffset.UTC);
  }

  /** Returns a UTC clock standing at the given ISO-8601 instant, e.g. {@code 2026-01-15T10:00:00Z}. */
  public static MutableClock at(String isoInstant) {
    return at(Instant.parse(isoInstant));
  }

  /** Moves the clock forward. */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  /** Moves the clock to the given instant. */
  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
