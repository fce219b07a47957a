package org.monetization.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.monetization.notification.NotificationDelivery.Status;

/** The transitions to {@link Status#EXPIRED} and what an expired delivery may hold. */
class NotificationDeliveryTest {
  private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
  private static final Instant LATER = T0.plus(Duration.ofDays(2));

  private final NotificationDelivery pending = NotificationDelivery.pending(7, "ops", T0);
  private final NotificationDelivery inFlight = pending.claimed(T0, T0.plusSeconds(300));

  @Test
  void aDeliveryThatWasNotSentExpiresWithItsAttemptsAndTheReason() {
    NotificationDelivery failed = inFlight.failed("IllegalStateException: down", T0.plusSeconds(1), T0.plusSeconds(61));

    assertThat(pending.expired("too old", LATER))
        .isEqualTo(new NotificationDelivery(7, "ops", Status.EXPIRED, 0, "too old", LATER, null, null));
    assertThat(failed.expired("too old", LATER)).as("the failure's detail and retry time are replaced")
        .isEqualTo(new NotificationDelivery(7, "ops", Status.EXPIRED, 1, "too old", LATER, null, null));
    assertThat(inFlight.expired("too old", T0.plusSeconds(300))).as("a lease ends at its instant")
        .isEqualTo(new NotificationDelivery(7, "ops", Status.EXPIRED, 1, "too old", T0.plusSeconds(300), null, null));
  }

  @Test
  void aSentExpiredOrStillLeasedDeliveryCannotExpireAndAnExpiredOneIsNeverClaimed() {
    NotificationDelivery expired = pending.expired("too old", LATER);

    assertThatThrownBy(() -> inFlight.sent(T0.plusSeconds(1)).expired("too old", LATER))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> expired.expired("too old", LATER.plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> inFlight.expired("too old", T0.plusSeconds(299)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("leased until");
    assertThatThrownBy(() -> expired.claimed(LATER, LATER.plusSeconds(300)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("EXPIRED");
  }

  @Test
  void anExpiredDeliverySaysWhyAndHoldsNoLeaseNorRetryTime() {
    assertThatThrownBy(() -> new NotificationDelivery(7, "ops", Status.EXPIRED, 0, null, LATER, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NotificationDelivery(7, "ops", Status.EXPIRED, 1, "too old", LATER, LATER, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NotificationDelivery(7, "ops", Status.EXPIRED, 1, "too old", LATER, null, LATER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NotificationDelivery(7, "ops", Status.EXPIRED, -1, "too old", LATER, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
