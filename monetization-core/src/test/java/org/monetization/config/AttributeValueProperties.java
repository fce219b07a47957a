package org.monetization.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link AttributeValue#asText()} is the canonical form that {@link AttributeValue#parse} reads back. */
class AttributeValueProperties {

  @Property(tries = 500)
  void parsingTheTextFormGivesBackAnEqualValue(@ForAll("values") AttributeValue value) {
    AttributeValue parsed = AttributeValue.parse(value.type(), value.asText());

    assertThat(parsed).isEqualTo(value);
    assertThat(parsed.type()).isEqualTo(value.type());
    assertThat(parsed.asText()).isEqualTo(value.asText());
  }

  @Example
  void textOfAnotherTypeIsRejected() {
    assertThatThrownBy(() -> AttributeValue.parse(AttributeType.NUMBER, "1,5"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AttributeValue.parse(AttributeType.BOOLEAN, "yes"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AttributeValue.parse(AttributeType.BOOLEAN, "TRUE"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AttributeValue.parse(AttributeType.DATE_TIME, "2026-03-02"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<AttributeValue> values() {
    Arbitrary<AttributeValue> text = Arbitraries.strings().ofMaxLength(30).map(AttributeValue::text);
    Arbitrary<AttributeValue> choice = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
        .map(AttributeValue::choice);
    Arbitrary<AttributeValue> number =
        Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                Arbitraries.integers().between(-12, 20))
            .as((unscaled, scale) -> AttributeValue.number(new BigDecimal(unscaled, scale)));
    Arbitrary<AttributeValue> bool = Arbitraries.of(true, false).map(AttributeValue::bool);
    Arbitrary<AttributeValue> dateTime =
        Combinators.combine(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999))
            .as((seconds, nanos) -> AttributeValue.dateTime(Instant.ofEpochSecond(seconds, nanos)));
    return Arbitraries.oneOf(text, choice, number, bool, dateTime);
  }
}
