package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The key of a delivery: the notification and the channel's name. */
@Embeddable
record NotificationDeliveryKey(
    @Column(name = "notification_id") long notificationId, @Column(name = "channel") String channel) {}
