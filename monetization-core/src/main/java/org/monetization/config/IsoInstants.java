package org.monetization.config;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads ISO-8601 instants. The common UTC form {@code 2026-03-10T09:00:00Z} (with up to nine fraction
 * digits) is read directly: {@link Instant#parse} builds a formatter per call and dominates the validation
 * of every rated event's time fields. Anything else goes to {@link Instant#parse}, so both accept and reject
 * exactly the same text.
 */
final class IsoInstants {
  private IsoInstants() {}

  /**
   * Returns the instant the text denotes.
   *
   * @throws DateTimeParseException if the text is not an ISO-8601 instant
   */
  static Instant parse(String text) {
    if (!isCommonUtcForm(text)) {
      return Instant.parse(text);
    }
    int length = text.length();
    int fraction = length > 20 ? digits(text, 20, length - 1) : 0;
    for (int i = length; i < 30; i++) {
      fraction *= 10; // nine fraction digits at most: 21 + 9 = 30
    }
    return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
        digits(text, 14, 16), digits(text, 17, 19), fraction).toInstant(ZoneOffset.UTC);
  }

  /**
   * Returns whether {@link #parse} accepts the text. The common form is checked without building the
   * instant: rating validates every event's time fields and only the event's own start time is used.
   */
  static boolean isValid(String text) {
    if (isCommonUtcForm(text)) {
      return true;
    }
    try {
      Instant.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Whether the text is {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with every field in range. */
  private static boolean isCommonUtcForm(String text) {
    int length = text.length();
    if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z'
        || (length > 20 && (text.charAt(19) != '.' || length == 21))) {
      return false;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int fraction = length > 20 ? digits(text, 20, length - 1) : 0;
    // out of range or not digits: the JDK decides and explains
    return year >= 0 && month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= lengthOf(year, month))
        && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && fraction >= 0;
  }

  private static int lengthOf(int year, int month) {
    return java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /** The decimal number of {@code text[from, to)}, or -1 if a character is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
