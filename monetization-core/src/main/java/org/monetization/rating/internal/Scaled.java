package org.monetization.rating.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic on scaled {@code long}s, the representation of the rating hot path: a value v at
 * scale s stands for {@code v / 10^s}. Overflow throws {@link ArithmeticException}, never wraps.
 */
final class Scaled {
  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  private Scaled() {}

  /** Returns 10^exponent, for 0 to 18. */
  static long pow10(int exponent) {
    if (exponent < 0 || exponent >= POWERS.length) {
      throw new ArithmeticException("scale out of range: " + exponent);
    }
    return POWERS[exponent];
  }

  /** Returns the decimal at the scale, rounded up (toward positive infinity) when it has more digits. */
  static long ceiling(BigDecimal value, int scale) {
    return value.setScale(scale, RoundingMode.CEILING).scaleByPowerOfTen(scale).longValueExact();
  }

  /** Returns the decimal at the scale; it must have no more digits. */
  static long exact(BigDecimal value, int scale) {
    return value.setScale(scale, RoundingMode.UNNECESSARY).scaleByPowerOfTen(scale).longValueExact();
  }

  /** Moves a non-negative value from one scale to another, rounding half-up when digits are dropped. */
  static long rescaleHalfUp(long value, int from, int to) {
    if (to >= from) {
      return Math.multiplyExact(value, pow10(to - from));
    }
    long divisor = pow10(from - to);
    return Math.addExact(value, divisor / 2) / divisor;
  }

  /** Moves a value to a larger scale, or to a smaller one dropping digits toward zero. */
  static long rescaleDown(long value, int from, int to) {
    return to >= from ? Math.multiplyExact(value, pow10(to - from)) : value / pow10(from - to);
  }
}
