package org.monetization.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;
import org.monetization.error.MonetizationException;
import org.monetization.error.ValidationException;

/**
 * The JSON form of a catalog. Amounts are written as {@code {"amount": "0.10", "currency": "EUR"}} with
 * the amount as a string, so that no JSON tool reads it as a binary floating-point number; instants are
 * ISO-8601; absent optional values are omitted; unknown properties are rejected so typos surface.
 */
final class CatalogJson {
  private static final ObjectMapper MAPPER = createMapper();

  private CatalogJson() {}

  /**
   * Reads a catalog.
   *
   * @param json the JSON text
   * @return the catalog
   * @throws ValidationException if the text is not a well-formed catalog
   */
  static ProductCatalog read(Reader json) {
    try {
      return MAPPER.readValue(json, ProductCatalog.class);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw ValidationException.of(path(e), String.valueOf(cause.getMessage()));
    } catch (JsonProcessingException e) {
      throw ValidationException.of(path(e), e.getOriginalMessage());
    } catch (IOException e) {
      throw new MonetizationException("could not read the catalog", e);
    }
  }

  /**
   * Writes a catalog, pretty-printed.
   *
   * @param catalog the catalog
   * @param out where to write; flushed, not closed
   */
  static void write(ProductCatalog catalog, Writer out) {
    try {
      MAPPER.writeValue(out, catalog);
      out.flush();
    } catch (IOException e) {
      throw new MonetizationException("could not write the catalog", e);
    }
  }

  private static String path(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder("catalog");
      for (var reference : mapping.getPath()) {
        if (reference.getFieldName() != null) {
          path.append('.').append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      return path.toString();
    }
    return "catalog";
  }

  private static ObjectMapper createMapper() {
    SimpleModule money = new SimpleModule("monetization-money");
    money.addSerializer(MonetaryAmount.class, new AmountSerializer());
    money.addDeserializer(MonetaryAmount.class, new AmountDeserializer());
    money.addSerializer(CurrencyUnit.class, new CurrencySerializer());
    money.addDeserializer(CurrencyUnit.class, new CurrencyDeserializer());
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(money)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    // An absent list or map means "none", not null.
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    return mapper;
  }

  private static final class AmountSerializer extends JsonSerializer<MonetaryAmount> {
    @Override
    public void serialize(MonetaryAmount value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("amount", value.getNumber().numberValue(BigDecimal.class).toPlainString());
      gen.writeStringField("currency", value.getCurrency().getCurrencyCode());
      gen.writeEndObject();
    }
  }

  private static final class AmountDeserializer extends JsonDeserializer<MonetaryAmount> {
    @Override
    public MonetaryAmount deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = parser.readValueAsTree();
      JsonNode amount = node.get("amount");
      JsonNode currency = node.get("currency");
      if (amount == null || currency == null || !amount.isTextual() && !amount.isNumber()) {
        return context.reportInputMismatch(
            MonetaryAmount.class, "an amount needs \"amount\" (a decimal string) and \"currency\"");
      }
      try {
        return Money.of(new BigDecimal(amount.asText()), Monetary.getCurrency(currency.asText()));
      } catch (NumberFormatException | UnknownCurrencyException e) {
        return context.reportInputMismatch(MonetaryAmount.class, "not an amount: " + node);
      }
    }
  }

  private static final class CurrencySerializer extends JsonSerializer<CurrencyUnit> {
    @Override
    public void serialize(CurrencyUnit value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.getCurrencyCode());
    }
  }

  private static final class CurrencyDeserializer extends JsonDeserializer<CurrencyUnit> {
    @Override
    public CurrencyUnit deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String code = parser.getValueAsString();
      if (code == null) {
        return context.reportInputMismatch(CurrencyUnit.class, "a currency is an ISO 4217 code string");
      }
      try {
        return Monetary.getCurrency(code);
      } catch (UnknownCurrencyException e) {
        return context.reportInputMismatch(CurrencyUnit.class, "unknown currency: " + code);
      }
    }
  }
}
