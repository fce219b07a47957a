package org.monetization.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;
import org.monetization.catalog.Rate;
import org.monetization.catalog.Tariff;

/** The compiled tariff selects the rate {@link Tariff#rateFor} selects, for any rates and rating fields. */
class CompiledTariffProperties {

  @Property(tries = 2000)
  void selectsTheRateTheTariffSelects(@ForAll("conditionSets") List<Map<String, String>> conditions,
      @ForAll("fields") Map<String, String> fields) {
    List<Rate> rates = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      // each rate's price is its position plus one cent: the selected price names the selected rate
      rates.add(Rate.of(conditions.get(i), Money.of(BigDecimal.valueOf(i + 1, 2), "EUR")));
    }
    Tariff tariff = new Tariff("MB", BigDecimal.ONE, List.of(), rates);

    Long expected = tariff.rateFor(fields)
        .map(rate -> (long) rates.indexOf(rate) + 1)
        .orElse(null);
    Long selected = new CompiledTariff(tariff).rateFor(fields)
        .map(rate -> rate.prices()[0] * Scaled.pow10(2 - rate.priceScale()))
        .orElse(null);

    assertThat(selected).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<Map<String, String>>> conditionSets() {
    return Arbitraries.maps(Arbitraries.of("zone", "period", "roaming"), Arbitraries.of("EU", "PEAK", "NO"))
        .ofMaxSize(3).list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(Arbitraries.of("zone", "period", "roaming", "other"), Arbitraries.of("EU", "PEAK", "NO"))
        .ofMaxSize(4);
  }
}
