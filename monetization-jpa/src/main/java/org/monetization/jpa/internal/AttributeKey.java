package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The key of a custom attribute definition: its name is unique within its target entity kind. */
@Embeddable
record AttributeKey(
    @Column(name = "target", length = 16) String target, @Column(name = "name", length = 64) String name) {}
