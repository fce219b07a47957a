package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The key of a usage counter: its balance group and what it counts ("service identifier/service type"). */
@Embeddable
record UsageCounterKey(
    @Column(name = "group_id") long groupId, @Column(name = "counter_key") String key) {}
