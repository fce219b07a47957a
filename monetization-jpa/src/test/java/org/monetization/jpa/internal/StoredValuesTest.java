package org.monetization.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.monetization.error.MonetizationException;
import org.monetization.testing.CatalogFixtures;

class StoredValuesTest {

  @Test
  void quantitiesComeBackWithTheirOwnScale() {
    for (String text : new String[] {"1.50", "1", "2E+3", "0.000000000001", "12345678901234567890123456", "0"}) {
      BigDecimal quantity = new BigDecimal(text);
      BigDecimal stored = StoredValues.decimal(quantity);

      assertThat(stored.scale()).isEqualTo(StoredValues.DECIMAL_SCALE);
      assertThat(StoredValues.decimal(stored, quantity.scale())).isEqualTo(quantity);
    }
  }

  @Test
  void amountsComeBackEqualWhateverTheirScale() {
    for (String text : new String[] {"10.00", "-3.3333", "0", "19.99", "1E+2"}) {
      MonetaryAmount amount = CatalogFixtures.eur(text);

      MonetaryAmount read = StoredValues.amount(StoredValues.number(amount), StoredValues.nullableCurrency(amount));

      assertThat(read).isEqualTo(amount);
      assertThat(read.hashCode()).isEqualTo(amount.hashCode());
    }
    assertThat(StoredValues.nullableAmount(null, null)).isNull();
  }

  @Test
  void numbersTheColumnsCannotHoldExactlyAreRefusedRatherThanRounded() {
    assertThatThrownBy(() -> StoredValues.decimal(new BigDecimal("0.0000000000001")))
        .isExactlyInstanceOf(MonetizationException.class)
        .hasMessageStartingWith("storage failure");
    assertThatThrownBy(() -> StoredValues.decimal(new BigDecimal("123456789012345678901234567")))
        .isExactlyInstanceOf(MonetizationException.class);
    assertThat(StoredValues.decimal(new BigDecimal("1.1000000000000000")))
        .as("trailing zeros beyond the scale are no loss")
        .isEqualByComparingTo("1.1");
  }

  @Test
  void instantsAreKeptToTheMicrosecond() {
    assertThat(StoredValues.instant(Instant.parse("2026-03-01T09:00:00.123456789Z")))
        .isEqualTo(Instant.parse("2026-03-01T09:00:00.123456Z"));
  }
}
