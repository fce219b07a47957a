package org.monetization.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The fast reading of instants agrees with {@link Instant#parse} on valid and invalid text alike. */
class IsoInstantsProperties {

  @Property(tries = 2000)
  void readsEveryInstantAsTheJdkDoes(
      @ForAll @LongRange(min = -62_000_000_000L, max = 250_000_000_000L) long seconds,
      @ForAll("nanos") int nanos) {
    Instant instant = Instant.ofEpochSecond(seconds, nanos);

    assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
    assertThat(IsoInstants.isValid(instant.toString())).isTrue();
  }

  @Property(tries = 3000)
  void acceptsAndRejectsExactlyWhatTheJdkDoes(@ForAll("nearlyInstants") String text) {
    assertThat(outcome(() -> IsoInstants.parse(text))).isEqualTo(outcome(() -> Instant.parse(text)));
  }

  @Property(tries = 3000)
  void judgesValidExactlyWhatTheJdkAccepts(@ForAll("nearlyInstants") String text) {
    assertThat(IsoInstants.isValid(text)).isEqualTo(!outcome(() -> Instant.parse(text)).equals("rejected"));
  }

  private static String outcome(java.util.function.Supplier<Instant> parse) {
    try {
      return parse.get().toString();
    } catch (DateTimeParseException e) {
      return "rejected";
    }
  }

  @Provide
  Arbitrary<Integer> nanos() {
    return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999).map(m -> m * 1_000_000),
        Arbitraries.integers().between(0, 999_999_999));
  }

  /** Well-formed instants with one character replaced by a digit, a separator or a letter. */
  @Provide
  Arbitrary<String> nearlyInstants() {
    Arbitrary<String> valid = Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L)
        .map(s -> Instant.ofEpochSecond(s, (s % 7) * 100_000_000L).toString());
    return valid.flatMap(text -> Arbitraries.integers().between(0, text.length() - 1).flatMap(at ->
        Arbitraries.of('0', '2', '3', '9', '-', ':', '.', 'T', 'Z', 'x', '+').map(c ->
            text.substring(0, at) + c + text.substring(at + 1))));
  }
}
