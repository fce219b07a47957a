package org.monetization.jpa.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.monetization.balance.BalanceId;
import org.monetization.error.MonetizationException;
import org.monetization.rating.BalanceImpact;

/**
 * The two JSON documents that hold a rated event's reported fields and its balance impacts in its row of
 * {@code mon_usage_event} (migration V8): {@code field_values}, an object of texts, and {@code impacts}, an
 * array of {@code {"balance": id, "resource": code, "amount": number, "scale": n}} in the event's order.
 * Amounts are JSON numbers written from their {@code BigDecimal} text and read back from the token's text,
 * never through a {@code double}, then set to {@code scale} exactly; rows converted by V8 carry the twelve
 * decimals of the former column, the store's own the amount as it is. Every round trip is {@code equals}.
 * Written with Jackson's streaming API: a batch of 1,000 events writes 2,000 documents.
 */
final class EventDocuments {
  private static final JsonFactory JSON = new JsonFactory();

  private EventDocuments() {}

  /** Returns the document of the fields. */
  static String fields(Map<String, String> fields) {
    StringWriter out = new StringWriter(16 + 32 * fields.size());
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      for (Map.Entry<String, String> field : fields.entrySet()) {
        json.writeStringField(field.getKey(), field.getValue());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string cannot fail", e);
    }
    return out.toString();
  }

  /** Returns the document of the impacts, in their order. */
  static String impacts(List<BalanceImpact> impacts) {
    StringWriter out = new StringWriter(16 + 64 * impacts.size());
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (BalanceImpact impact : impacts) {
        json.writeStartObject();
        json.writeNumberField("balance", impact.balanceId().value());
        json.writeStringField("resource", impact.resource());
        json.writeNumberField("amount", impact.amount());
        json.writeNumberField("scale", impact.amount().scale());
        json.writeEndObject();
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string cannot fail", e);
    }
    return out.toString();
  }

  /**
   * Returns the fields a document holds.
   *
   * @throws MonetizationException if it is not an object of texts (the column was edited by hand)
   */
  static Map<String, String> fields(String document, String eventId) {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser json = JSON.createParser(document)) {
      expect(json.nextToken() == JsonToken.START_OBJECT);
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        expect(json.nextToken() == JsonToken.VALUE_STRING);
        fields.put(name, json.getText());
      }
      expect(json.currentToken() == JsonToken.END_OBJECT && json.nextToken() == null);
    } catch (IOException | IllegalArgumentException e) {
      throw unreadable("fields", eventId);
    }
    return fields;
  }

  /**
   * Returns the impacts a document holds, in order.
   *
   * @throws MonetizationException if it is not an array of impacts (the column was edited by hand)
   */
  static List<BalanceImpact> impacts(String document, String eventId) {
    List<BalanceImpact> impacts = new ArrayList<>(2);
    try (JsonParser json = JSON.createParser(document)) {
      expect(json.nextToken() == JsonToken.START_ARRAY);
      while (json.nextToken() == JsonToken.START_OBJECT) {
        impacts.add(impact(json));
      }
      expect(json.currentToken() == JsonToken.END_ARRAY && json.nextToken() == null);
    } catch (IOException | IllegalArgumentException | ArithmeticException e) {
      throw unreadable("impacts", eventId);
    }
    return impacts;
  }

  private static BalanceImpact impact(JsonParser json) throws IOException {
    Long balance = null;
    String resource = null;
    BigDecimal amount = null;
    Integer scale = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      JsonToken value = json.nextToken();
      switch (name) {
        case "balance" -> {
          expect(value == JsonToken.VALUE_NUMBER_INT);
          balance = json.getLongValue();
        }
        case "resource" -> {
          expect(value == JsonToken.VALUE_STRING);
          resource = json.getText();
        }
        case "amount" -> {
          expect(value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT);
          amount = new BigDecimal(json.getText()); // the literal, exactly: no double on the way
        }
        case "scale" -> {
          expect(value == JsonToken.VALUE_NUMBER_INT);
          scale = json.getIntValue();
        }
        default -> throw new IllegalArgumentException("unknown key " + name);
      }
    }
    expect(balance != null && resource != null && amount != null && scale != null);
    return new BalanceImpact(new BalanceId(balance), resource, amount.setScale(scale, RoundingMode.UNNECESSARY));
  }

  private static void expect(boolean condition) {
    if (!condition) {
      throw new IllegalArgumentException("not the expected document");
    }
  }

  private static MonetizationException unreadable(String document, String eventId) {
    return new MonetizationException("storage failure: the " + document + " of usage event " + eventId
        + " are unreadable");
  }
}
