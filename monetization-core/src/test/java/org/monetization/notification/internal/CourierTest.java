package org.monetization.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monetization.inmemory.InMemoryStore;

class CourierTest {
  private static Courier courier(Duration first, Duration longest) {
    return new Courier(InMemoryStore.create(), Clock.systemUTC(), Map.of(), Duration.ofMinutes(5), first, longest);
  }

  @Test
  void theRetryDelayDoublesAfterEachFailureUpToTheLongest() {
    Courier courier = courier(Duration.ofMinutes(1), Duration.ofHours(1));

    assertThat(courier.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(courier.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(courier.retryDelay(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(courier.retryDelay(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(courier.retryDelay(7)).as("64 minutes, capped").isEqualTo(Duration.ofHours(1));
    assertThat(courier.retryDelay(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aZeroFirstDelayRetriesAtTheNextRunAndTheDelaysAreChecked() {
    assertThat(courier(Duration.ZERO, Duration.ofHours(1)).retryDelay(5)).isEqualTo(Duration.ZERO);
    assertThat(courier(Duration.ofSeconds(10), Duration.ofSeconds(10)).retryDelay(3)).isEqualTo(Duration.ofSeconds(10));
    assertThatThrownBy(() -> courier(Duration.ofSeconds(-1), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> courier(Duration.ofHours(2), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
