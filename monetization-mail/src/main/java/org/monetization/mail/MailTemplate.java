package org.monetization.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.monetization.notification.Threshold;
import org.monetization.spi.NotificationMessage;

/**
 * A plain-text template with {@code {placeholder}} fields filled from a notification message. Immutable.
 * Amounts are written in plain notation (no exponent), the time in ISO-8601.
 */
record MailTemplate(String text) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private static final Map<String, Function<NotificationMessage, String>> FIELDS = Map.of(
      "notificationId", m -> Long.toString(m.notification().id()),
      "type", m -> m.notification().type().name(),
      "customerId", m -> Long.toString(m.customerId().value()),
      "groupId", m -> Long.toString(m.notification().groupId().value()),
      "resource", m -> m.notification().resource(),
      "threshold", m -> describe(m.notification().threshold()),
      "level", m -> m.notification().level().toPlainString(),
      "value", m -> m.notification().value().toPlainString(),
      "occurredAt", m -> m.notification().occurredAt().toString(),
      "channel", NotificationMessage::channel);

  /** Returns the placeholders of the text that no field fills, in order of appearance. */
  List<String> unknownPlaceholders() {
    List<String> unknown = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      if (!FIELDS.containsKey(matcher.group(1))) {
        unknown.add(matcher.group());
      }
    }
    return unknown;
  }

  /** Returns the text with every known placeholder replaced by the message's value. */
  String render(NotificationMessage message) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Function<NotificationMessage, String> field = FIELDS.get(matcher.group(1));
      String value = field == null ? matcher.group() : field.apply(message);
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Returns the names of the fields a template may use. */
  static List<String> fieldNames() {
    return FIELDS.keySet().stream().sorted().toList();
  }

  private static String describe(Threshold threshold) {
    if (threshold.kind() == Threshold.Kind.PERCENT_OF_LIMIT && threshold.limit() != null) {
      return threshold.value().toPlainString() + "% of " + threshold.limit().toPlainString();
    }
    return threshold.value().toPlainString();
  }
}
