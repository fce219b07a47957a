package org.monetization.sharing;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The id of a {@link SharingGroup}. Immutable.
 *
 * @param value a positive number
 */
public record SharingGroupId(long value) {

  /**
   * Checks the number is positive.
   *
   * @throws IllegalArgumentException if not positive
   */
  public SharingGroupId {
    checkArgument(value > 0, "sharing group id must be positive: %s", value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
