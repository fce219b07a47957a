package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * The value of one row of {@code mon_sharing_cap}: a cap per member and cycle at the DECIMAL column's scale,
 * with its own scale beside it; the resource code is the map key column.
 */
@Embeddable
record SharingCapColumns(
    @Column(name = "cap", nullable = false, precision = StoredValues.DECIMAL_PRECISION,
        scale = StoredValues.DECIMAL_SCALE) BigDecimal cap,
    @Column(name = "cap_scale", nullable = false) int capScale) {

  /** Returns the columns of the cap; fails before anything is written if the cap does not fit them. */
  static SharingCapColumns of(BigDecimal cap) {
    return new SharingCapColumns(StoredValues.decimal(cap), cap.scale());
  }

  /** Returns the cap at the scale it was stored with. */
  BigDecimal toCap() {
    return StoredValues.decimal(cap, capScale);
  }
}
