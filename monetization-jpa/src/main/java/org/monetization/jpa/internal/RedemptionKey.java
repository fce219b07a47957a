package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The key of a promotion redemption: the code, and the redemption's number within the code from 1. */
@Embeddable
record RedemptionKey(
    @Column(name = "code") String code, @Column(name = "redemption_number") int number) {}
