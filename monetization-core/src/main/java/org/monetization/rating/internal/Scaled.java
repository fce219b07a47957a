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

  /**
   * Returns {@code value / 10^exponent}, truncated toward zero, for 0 to 18. Each power is a constant
   * division, which the JIT compiles to a multiplication: on the rating path the divisor is the same for a
   * whole run, and a hardware division costs more than everything else an event does.
   */
  static long dividePow10(long value, int exponent) {
    return switch (exponent) {
      case 0 -> value;
      case 1 -> value / 10L;
      case 2 -> value / 100L;
      case 3 -> value / 1_000L;
      case 4 -> value / 10_000L;
      case 5 -> value / 100_000L;
      case 6 -> value / 1_000_000L;
      case 7 -> value / 10_000_000L;
      case 8 -> value / 100_000_000L;
      case 9 -> value / 1_000_000_000L;
      case 10 -> value / 10_000_000_000L;
      case 11 -> value / 100_000_000_000L;
      case 12 -> value / 1_000_000_000_000L;
      case 13 -> value / 10_000_000_000_000L;
      case 14 -> value / 100_000_000_000_000L;
      case 15 -> value / 1_000_000_000_000_000L;
      case 16 -> value / 10_000_000_000_000_000L;
      case 17 -> value / 100_000_000_000_000_000L;
      case 18 -> value / 1_000_000_000_000_000_000L;
      default -> throw new ArithmeticException("scale out of range: " + exponent);
    };
  }

  /** Returns {@code value / 10^exponent} rounded up, for a value that is not negative. */
  static long ceilingDividePow10(long value, int exponent) {
    long quotient = dividePow10(value, exponent);
    return quotient * pow10(exponent) == value ? quotient : quotient + 1;
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
    return dividePow10(Math.addExact(value, pow10(from - to) / 2), from - to);
  }

  /** Moves a value to a larger scale, or to a smaller one dropping digits toward zero. */
  static long rescaleDown(long value, int from, int to) {
    return to >= from ? Math.multiplyExact(value, pow10(to - from)) : dividePow10(value, from - to);
  }
}
