package org.monetization.jpa.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.monetization.error.MonetizationException;
import org.monetization.time.Validity;

/**
 * The conversions of core's values to the columns that hold them and back, shared by the mappers. Every
 * round trip is exact; a value the columns cannot hold exactly is refused instead of being rounded by the
 * database.
 */
final class StoredValues {
  /** The scale of every DECIMAL column: digits after the point. */
  static final int DECIMAL_SCALE = 12;
  /** The precision of every DECIMAL column: digits in all. */
  static final int DECIMAL_PRECISION = 38;

  private StoredValues() {}

  /**
   * Returns the instant as the database keeps it: to the microsecond, the finest precision PostgreSQL and
   * MariaDB store. Truncating here, rather than letting the database round, keeps what was written and
   * what is read back the same on every database, and never moves an instant past the next second.
   */
  static Instant instant(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  static @Nullable Instant nullableInstant(@Nullable Instant instant) {
    return instant == null ? null : instant(instant);
  }

  /** Returns the validity with its bounds as stored. */
  static Validity validity(Validity validity) {
    return new Validity(instant(validity.from()), nullableInstant(validity.to()));
  }

  /**
   * Returns the number at the scale of the DECIMAL columns, which is how the databases return it, so that
   * an entity compares equal to the one read back and Hibernate writes nothing for an unchanged value.
   *
   * @throws MonetizationException if the number has more than {@value #DECIMAL_SCALE} decimals or more
   *     than {@code DECIMAL_PRECISION - DECIMAL_SCALE} integer digits: the database would round or refuse it
   */
  static BigDecimal decimal(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    int integerDigits = stripped.precision() - stripped.scale();
    if (stripped.scale() > DECIMAL_SCALE || integerDigits > DECIMAL_PRECISION - DECIMAL_SCALE) {
      throw new MonetizationException(
          "storage failure: " + number.toPlainString() + " does not fit a DECIMAL(" + DECIMAL_PRECISION + ", "
              + DECIMAL_SCALE + ") column");
    }
    return number.setScale(DECIMAL_SCALE, RoundingMode.UNNECESSARY);
  }

  /** Returns a number read from a DECIMAL column at the scale it was written with; exact. */
  static BigDecimal decimal(BigDecimal stored, int scale) {
    return stored.setScale(scale, RoundingMode.UNNECESSARY);
  }

  /** Returns the amount's number for its DECIMAL column; see {@link #decimal(BigDecimal)}. */
  static BigDecimal number(MonetaryAmount amount) {
    return decimal(amount.getNumber().numberValue(BigDecimal.class));
  }

  static @Nullable BigDecimal nullableNumber(@Nullable MonetaryAmount amount) {
    return amount == null ? null : number(amount);
  }

  static @Nullable String nullableCurrency(@Nullable MonetaryAmount amount) {
    return amount == null ? null : amount.getCurrency().getCurrencyCode();
  }

  /**
   * Returns the amount a number and a currency column hold. Core's amounts are Moneta {@link Money}, whose
   * equality ignores trailing zeros, so 10.000000000000 EUR equals the 10.00 EUR that was written.
   */
  static MonetaryAmount amount(BigDecimal number, String currency) {
    return Money.of(number, currency(currency));
  }

  /** Returns the amount, or null when both columns are null. */
  static @Nullable MonetaryAmount nullableAmount(@Nullable BigDecimal number, @Nullable String currency) {
    if (number == null && currency == null) {
      return null;
    }
    if (number == null || currency == null) {
      throw new MonetizationException(
          "storage failure: an amount column holds a number without a currency or the reverse");
    }
    return amount(number, currency);
  }

  static CurrencyUnit currency(String code) {
    return Monetary.getCurrency(code);
  }
}
