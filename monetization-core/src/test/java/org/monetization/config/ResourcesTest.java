package org.monetization.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.error.ConflictException;

/** CFG-3: resources with a scale and a consumption order; currencies resolve without a definition. */
class ResourcesTest {
  private final Configuration configuration = Monetization.builder().build().configuration();

  @Test
  void definesResourcesAndListsThemByCode() {
    Resource points = Resource.units("POINTS", "point", 0).withConsumptionOrder(ConsumptionOrder.OLDEST_FIRST);
    Resource data = Resource.units("DATA_MB", "MB", 3);

    configuration.defineResource(points);
    configuration.defineResource(data);

    assertThat(configuration.resources()).containsExactly(data, points);
    assertThat(configuration.resource("POINTS")).contains(points);
    assertThat(data.consumptionOrder()).isEqualTo(ConsumptionOrder.EARLIEST_EXPIRY_FIRST);
    assertThatThrownBy(() -> configuration.defineResource(Resource.units("POINTS", "pt", 2)))
        .isInstanceOf(ConflictException.class);
    assertThat(configuration.resource("POINTS")).contains(points);
  }

  @Test
  void aCurrencyWithoutADefinitionResolvesToItsIsoDigits() {
    assertThat(configuration.resource("JPY")).contains(Resource.defaultFor(Monetary.getCurrency("JPY")));
    assertThat(configuration.resource("EUR").orElseThrow().scale()).isEqualTo(2);
    assertThat(configuration.resource("XYZ")).isEmpty();
    assertThat(configuration.resource("SMS")).isEmpty();

    configuration.defineResource(Resource.monetary(Monetary.getCurrency("EUR"), 4));
    assertThat(configuration.resource("EUR").orElseThrow().scale()).isEqualTo(4);
  }

  @Test
  void aResourceChecksItsShapeAndTellsWhetherAnAmountFitsItsScale() {
    assertThatThrownBy(() -> Resource.units("data", "MB", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Resource.units("DATA", "MB", 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Resource("USD", "Euro", ResourceKind.MONETARY, Monetary.getCurrency("EUR"), "EUR", 2,
        ConsumptionOrder.NEWEST_FIRST)).isInstanceOf(IllegalArgumentException.class);
    Resource cents = Resource.monetary(Monetary.getCurrency("EUR"), 2);

    assertThat(cents.fits(new BigDecimal("1.10"))).isTrue();
    assertThat(cents.fits(new BigDecimal("1.100000"))).isTrue();
    assertThat(cents.fits(new BigDecimal("1.001"))).isFalse();
    assertThat(cents.fits(new BigDecimal("1E+3"))).isTrue();
  }
}
