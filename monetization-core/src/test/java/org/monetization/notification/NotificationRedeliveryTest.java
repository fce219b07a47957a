package org.monetization.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.config.PaymentType;
import org.monetization.error.FieldError;
import org.monetization.error.ValidationException;
import org.monetization.notification.NotificationDelivery.Status;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.testing.RecordingChannel;
import org.monetization.testing.SelectionHookStore;

/**
 * The notification outbox and the resend job through the public API, on the in-memory store: deliveries a
 * stopped process left pending or in flight are sent once by the job, a failing channel is retried up to
 * the maximum and then given up, and of two senders that both saw a delivery due exactly one sends it.
 * A process stopping is an {@link Error} thrown where it would stop, which the SDK does not catch; a
 * "restarted" process is a second SDK over the same store.
 */
class NotificationRedeliveryTest {
  /** A process stopping at this point. */
  private static final class ProcessStopped extends Error {
    ProcessStopped() {
      super("the process stopped here");
    }
  }

  private static final Duration LEASE = Monetization.Builder.DEFAULT_DELIVERY_LEASE;
  private static final String EXPIRED_AFTER_A_DAY =
      "not sent within the resend job's maximum age (PT24H) of the notification";

  private final RecordingChannel ops = new RecordingChannel("ops");
  private final SelectionHookStore store = new SelectionHookStore();
  private volatile Runnable beforeDispatch = () -> {};
  private final RatingTestBed bed = new RatingTestBed(builder -> builder.store(store).notificationChannel(ops)
      // Registered after the bed's listener and before the SDK's dispatch, which always comes last.
      .eventListener(event -> {
        if (event instanceof NotificationEvent.Recorded) {
          beforeDispatch.run();
        }
      }));
  /** Threads of their own for the other senders: they block, which the common pool is not for. */
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private Line line;

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @BeforeEach
  void watchALine() {
    line = bed.onboard("Outbox", "+33600000009", PaymentType.POSTPAID);
    bed.credit(line.groupId(), "DATA_MB", "1000");
    bed.sdk.notifications().defineCreditProfile(new CreditProfile(line.groupId(),
        List.of(Threshold.amount("DATA_MB", new BigDecimal("500"))), List.of("ops")));
  }

  /** Rates 600 MB, which takes the line from 1000 to 400 available, below the threshold of 500. */
  private void cross() {
    bed.sdk.rating().rate(data("d1", line.identifier(), "600"));
  }

  private Notification theNotification() {
    return bed.sdk.notifications().notifications(line.groupId()).get(0);
  }

  private NotificationDelivery theDelivery() {
    return bed.sdk.notifications().deliveries(theNotification().id()).get(0);
  }

  /** Another process over the same store, with its own channel "ops". */
  private Monetization restarted(RecordingChannel channel) {
    return Monetization.builder().store(store).clock(bed.clock).notificationChannel(channel).build();
  }

  /** The report of a run that expired nothing. */
  private static RedeliveryReport report(int sent, int failed, int gaveUp, int skipped) {
    return new RedeliveryReport(sent, failed, gaveUp, skipped, 0);
  }

  private static RedeliveryReport expired(int count) {
    return new RedeliveryReport(0, 0, 0, 0, count);
  }


  @Test
  void aCommittedNotificationIsRecordedPendingAndSentOnceByTheDispatch() {
    List<Status> seenDuringSend = new CopyOnWriteArrayList<>();
    ops.onSend(() -> seenDuringSend.add(theDelivery().status()));

    cross();

    assertThat(ops.sent()).singleElement().satisfies(m -> assertThat(m.notification()).isEqualTo(theNotification()));
    assertThat(seenDuringSend).containsExactly(Status.IN_FLIGHT);
    assertThat(theDelivery()).isEqualTo(new NotificationDelivery(theNotification().id(), "ops", Status.SENT, 1, null,
        RatingTestBed.NOW, null, null));
    bed.clock.advance(LEASE.multipliedBy(2));
    assertThat(bed.sdk.notifications().redeliver(RedeliveryRequest.of(10))).isEqualTo(report(0, 0, 0, 0));
    assertThat(ops.calls()).isEqualTo(1);
  }

  @Test
  void aProcessThatStoppedBetweenTheCommitAndTheSendIsCoveredByTheResendJobExactlyOnce() {
    beforeDispatch = () -> {
      throw new ProcessStopped();
    };

    assertThatThrownBy(this::cross).isInstanceOf(ProcessStopped.class);

    assertThat(theDelivery()).isEqualTo(NotificationDelivery.pending(theNotification().id(), "ops", RatingTestBed.NOW));
    assertThat(ops.calls()).isZero();
    RecordingChannel afterRestart = new RecordingChannel("ops");
    Monetization node = restarted(afterRestart);
    assertThat(node.notifications().redeliver(RedeliveryRequest.of(10)))
        .as("within the grace period the delivery is the dispatch's").isEqualTo(report(0, 0, 0, 0));

    bed.clock.advance(RedeliveryRequest.DEFAULT_PENDING_GRACE.plusSeconds(1));
    RedeliveryReport report = node.notifications().redeliver(RedeliveryRequest.of(10));

    assertThat(report).isEqualTo(report(1, 0, 0, 0));
    assertThat(afterRestart.sent()).singleElement()
        .satisfies(m -> {
          assertThat(m.notification()).isEqualTo(theNotification());
          assertThat(m.customerId()).isEqualTo(line.onboarded().customer().id());
        });
    assertThat(theDelivery()).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.SENT);
      assertThat(d.attempts()).isEqualTo(1);
      assertThat(d.at()).isEqualTo(bed.clock.instant());
    });
    bed.clock.advance(Duration.ofHours(1));
    assertThat(node.notifications().redeliver(RedeliveryRequest.of(10))).isEqualTo(report(0, 0, 0, 0));
    assertThat(bed.sdk.notifications().redeliver(RedeliveryRequest.of(10))).isEqualTo(report(0, 0, 0, 0));
    assertThat(afterRestart.calls() + ops.calls()).isEqualTo(1);
  }

  @Test
  void anAttemptInterruptedBySendingIsSentAgainOnceItsLeaseExpired() {
    ops.onSend(() -> {
      throw new ProcessStopped();
    });

    assertThatThrownBy(this::cross).isInstanceOf(ProcessStopped.class);

    assertThat(theDelivery()).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.IN_FLIGHT);
      assertThat(d.attempts()).isEqualTo(1);
      assertThat(d.leaseUntil()).isEqualTo(RatingTestBed.NOW.plus(LEASE));
    });
    RecordingChannel afterRestart = new RecordingChannel("ops");
    Monetization node = restarted(afterRestart);
    bed.clock.advance(LEASE.minusSeconds(1));
    assertThat(node.notifications().redeliver(RedeliveryRequest.of(10))).as("the lease still runs")
        .isEqualTo(report(0, 0, 0, 0));

    bed.clock.advance(Duration.ofSeconds(1));
    // The first attempt may have reached the channel before the process stopped: at least once.
    assertThat(node.notifications().redeliver(RedeliveryRequest.of(10))).isEqualTo(report(1, 0, 0, 0));

    assertThat(afterRestart.sent()).hasSize(1);
    assertThat(theDelivery()).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.SENT);
      assertThat(d.attempts()).isEqualTo(2);
      assertThat(d.leaseUntil()).isNull();
    });
  }

  @Test
  void anAttemptInterruptedAtTheMaximumIsGivenUpWithoutSendingAgain() {
    ops.onSend(() -> {
      throw new ProcessStopped();
    });
    assertThatThrownBy(this::cross).isInstanceOf(ProcessStopped.class);
    RecordingChannel afterRestart = new RecordingChannel("ops");
    bed.clock.advance(LEASE);

    RedeliveryReport report = restarted(afterRestart).notifications()
        .redeliver(RedeliveryRequest.of(10).withMaxAttempts(1));

    assertThat(report).isEqualTo(report(0, 0, 1, 0));
    assertThat(afterRestart.calls()).isZero();
    assertThat(theDelivery()).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.FAILED);
      assertThat(d.attempts()).isEqualTo(1);
      assertThat(d.detail()).isEqualTo("no outcome was recorded before the lease expired");
    });
  }

  @Test
  void aFailingChannelIsRetriedUpToTheMaximumThenGivenUp() {
    ops.failWith(new IllegalStateException("gateway down"));
    cross();
    assertThat(theDelivery().status()).isEqualTo(Status.FAILED);
    RedeliveryRequest request = RedeliveryRequest.of(10).withMaxAttempts(4);

    List<RedeliveryReport> runs = new ArrayList<>();
    for (int run = 0; run < 4; run++) {
      bed.clock.advance(Duration.ofMinutes(5));
      runs.add(bed.sdk.notifications().redeliver(request));
    }

    assertThat(runs).containsExactly(report(0, 1, 0, 0), report(0, 1, 0, 0), report(0, 0, 1, 0), report(0, 0, 0, 0));
    assertThat(ops.calls()).isEqualTo(4);
    assertThat(theDelivery()).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.FAILED);
      assertThat(d.attempts()).isEqualTo(4);
      assertThat(d.detail()).isEqualTo("IllegalStateException: gateway down");
      assertThat(d.at()).isEqualTo(RatingTestBed.NOW.plus(Duration.ofMinutes(15)));
    });

    ops.failWith(null);
    bed.clock.advance(Duration.ofMinutes(5));
    assertThat(bed.sdk.notifications().redeliver(request)).as("given up").isEqualTo(report(0, 0, 0, 0));
    assertThat(ops.sent()).isEmpty();
    assertThat(bed.sdk.notifications().redeliver(request.withMaxAttempts(5)))
        .as("a higher maximum takes it on again").isEqualTo(report(1, 0, 0, 0));
    assertThat(ops.sent()).hasSize(1);
    assertThat(theDelivery().attempts()).isEqualTo(5);
  }

  @Test
  void aFailedDeliveryIsRetriedOnlyOnceItsDelayHasPassedAndTheDelayDoublesAfterEachFailure() {
    ops.failWith(new IllegalStateException("gateway down"));
    cross();
    assertThat(theDelivery().retryAt()).isEqualTo(RatingTestBed.NOW.plus(Duration.ofMinutes(1)));
    RedeliveryRequest request = RedeliveryRequest.of(10);

    bed.clock.advance(Duration.ofSeconds(59));
    assertThat(bed.sdk.notifications().redeliver(request)).as("before its retry time").isEqualTo(report(0, 0, 0, 0));
    bed.clock.advance(Duration.ofSeconds(1));
    assertThat(bed.sdk.notifications().redeliver(request)).isEqualTo(report(0, 1, 0, 0));
    assertThat(theDelivery().attempts()).isEqualTo(2);
    assertThat(theDelivery().retryAt()).isEqualTo(bed.clock.instant().plus(Duration.ofMinutes(2)));

    bed.clock.advance(Duration.ofSeconds(119));
    assertThat(bed.sdk.notifications().redeliver(request)).isEqualTo(report(0, 0, 0, 0));
    bed.clock.advance(Duration.ofSeconds(1));
    ops.failWith(null);
    assertThat(bed.sdk.notifications().redeliver(request)).isEqualTo(report(1, 0, 0, 0));
    assertThat(ops.calls()).isEqualTo(3);
    assertThat(theDelivery()).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.SENT);
      assertThat(d.attempts()).isEqualTo(3);
      assertThat(d.retryAt()).isNull();
      assertThat(d.detail()).isNull();
    });
  }

  @Test
  void theRetryDelaysAreTheOnesTheBuilderWasGiven() {
    RecordingChannel failing = new RecordingChannel("ops");
    failing.failWith(new IllegalStateException("gateway down"));
    Monetization node = Monetization.builder().store(store).clock(bed.clock).notificationChannel(failing)
        .deliveryRetryDelays(Duration.ofSeconds(30), Duration.ofSeconds(45)).build();
    beforeDispatch = () -> {
      throw new ProcessStopped();
    };
    assertThatThrownBy(this::cross).isInstanceOf(ProcessStopped.class);
    bed.clock.advance(RedeliveryRequest.DEFAULT_PENDING_GRACE);

    List<Instant> retries = new ArrayList<>();
    for (int attempt = 1; attempt <= 3; attempt++) {
      bed.clock.advance(Duration.ofSeconds(1));
      assertThat(node.notifications().redeliver(RedeliveryRequest.of(10))).isEqualTo(report(0, 1, 0, 0));
      retries.add(theDelivery().retryAt());
      bed.clock.advance(Duration.between(bed.clock.instant(), theDelivery().retryAt()));
    }

    Instant firstFailure = RatingTestBed.NOW.plus(RedeliveryRequest.DEFAULT_PENDING_GRACE).plusSeconds(1);
    assertThat(retries).containsExactly(firstFailure.plusSeconds(30), firstFailure.plusSeconds(30 + 1 + 45),
        firstFailure.plusSeconds(30 + 1 + 45 + 1 + 45));
    assertThatThrownBy(() -> Monetization.builder().deliveryRetryDelays(Duration.ofSeconds(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Monetization.builder().deliveryRetryDelays(Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theResendJobLeavesAnAttemptInFlightToItsSender() {
    RecordingChannel other = new RecordingChannel("ops");
    Monetization node = restarted(other);
    List<RedeliveryReport> duringSend = new CopyOnWriteArrayList<>();
    ops.onSend(() -> {
      bed.clock.advance(RedeliveryRequest.DEFAULT_PENDING_GRACE.multipliedBy(2));
      duringSend.add(CompletableFuture
          .supplyAsync(() -> node.notifications().redeliver(RedeliveryRequest.of(10)), threads)
          .orTimeout(10, TimeUnit.SECONDS).join());
    });

    cross();

    assertThat(duringSend).containsExactly(report(0, 0, 0, 0));
    assertThat(ops.sent()).hasSize(1);
    assertThat(other.calls()).isZero();
    assertThat(theDelivery().status()).isEqualTo(Status.SENT);
  }

  @Test
  void aResendJobThatSawTheDeliveryPendingLosesTheClaimToTheDispatchAndSendsNothing() throws Exception {
    RecordingChannel other = new RecordingChannel("ops");
    Monetization node = restarted(other);
    CountDownLatch selected = new CountDownLatch(1);
    CountDownLatch dispatched = new CountDownLatch(1);
    store.afterSelection(() -> {
      selected.countDown();
      await(dispatched);
    });
    CompletableFuture<RedeliveryReport> job = new CompletableFuture<>();
    beforeDispatch = () -> {
      // The command has committed; a resend job on another node selects its delivery before the dispatch runs.
      bed.clock.advance(RedeliveryRequest.DEFAULT_PENDING_GRACE.multipliedBy(2));
      CompletableFuture.supplyAsync(() -> node.notifications().redeliver(RedeliveryRequest.of(10)), threads)
          .whenComplete((report, failure) -> {
            if (failure == null) {
              job.complete(report);
            } else {
              job.completeExceptionally(failure);
            }
          });
      await(selected);
    };

    cross();
    dispatched.countDown();

    assertThat(job.get(10, TimeUnit.SECONDS)).isEqualTo(report(0, 0, 0, 1));
    assertThat(ops.sent()).hasSize(1);
    assertThat(other.calls()).isZero();
    assertThat(theDelivery()).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.SENT);
      assertThat(d.attempts()).isEqualTo(1);
    });
  }

  @Test
  void twoResendJobsOnTwoNodesThatBothSelectedAFailedDeliverySendItOnce() throws Exception {
    ops.failWith(new IllegalStateException("gateway down"));
    cross();
    RecordingChannel first = new RecordingChannel("ops");
    RecordingChannel second = new RecordingChannel("ops");
    Monetization one = restarted(first);
    Monetization two = restarted(second);
    CyclicBarrier bothSelected = new CyclicBarrier(2);
    store.afterSelection(() -> {
      try {
        bothSelected.await(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    bed.clock.advance(Duration.ofMinutes(5));

    CompletableFuture<RedeliveryReport> a =
        CompletableFuture.supplyAsync(() -> one.notifications().redeliver(RedeliveryRequest.of(10)), threads);
    CompletableFuture<RedeliveryReport> b =
        CompletableFuture.supplyAsync(() -> two.notifications().redeliver(RedeliveryRequest.of(10)), threads);

    assertThat(List.of(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS)))
        .containsExactlyInAnyOrder(report(1, 0, 0, 0), report(0, 0, 0, 1));
    assertThat(first.calls() + second.calls()).isEqualTo(1);
    assertThat(first.sent().size() + second.sent().size()).isEqualTo(1);
    assertThat(theDelivery()).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.SENT);
      assertThat(d.attempts()).isEqualTo(2);
    });
  }

  @Test
  void aBadResendRequestNamesEveryBadFieldAndChangesNothing() {
    beforeDispatch = () -> {
      throw new ProcessStopped();
    };
    assertThatThrownBy(this::cross).isInstanceOf(ProcessStopped.class);
    bed.clock.advance(Duration.ofHours(1));
    NotificationDelivery before = theDelivery();

    assertThatThrownBy(() -> bed.sdk.notifications()
        .redeliver(new RedeliveryRequest(0, 0, Duration.ofSeconds(-1), Duration.ZERO)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("limit", "maxAttempts", "pendingGrace", "maxAge"));
    assertThatThrownBy(() -> bed.sdk.notifications().redeliver(new RedeliveryRequest(-1, -3, null, null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::toString)
            .containsExactly("limit: must be between 1 and 1000", "maxAttempts: must be at least 1",
                "pendingGrace: required", "maxAge: required"));
    assertThatThrownBy(() -> bed.sdk.notifications().redeliver(RedeliveryRequest.of(RedeliveryRequest.MAX_LIMIT + 1)
        .withPendingGrace(RedeliveryRequest.MAX_PENDING_GRACE.plusNanos(1))
        .withMaxAge(RedeliveryRequest.LONGEST_MAX_AGE.plusNanos(1))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::toString)
            .containsExactly("limit: must be between 1 and 1000", "pendingGrace: must be between zero and one day",
                "maxAge: must be longer than pendingGrace and at most 30 days"));
    assertThatThrownBy(() -> bed.sdk.notifications().redeliver(RedeliveryRequest.of(10)
        .withPendingGrace(Duration.ofMinutes(10)).withMaxAge(Duration.ofMinutes(10))))
        .as("pending deliveries would expire before the job sent them")
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::toString)
            .containsExactly("maxAge: must be longer than pendingGrace and at most 30 days"));
    assertThatThrownBy(() -> bed.sdk.notifications().redeliver(RedeliveryRequest.of(0)
        .withMaxAge(Duration.ofMinutes(30))))
        .as("refused before expiring the delivery, which is past this age")
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("limit"));
    assertThatThrownBy(() -> bed.sdk.notifications().redeliver(null)).isInstanceOf(NullPointerException.class);

    assertThat(theDelivery()).isEqualTo(before);
    assertThat(ops.calls()).isZero();
    assertThat(bed.sdk.notifications().redeliver(new RedeliveryRequest(RedeliveryRequest.MAX_LIMIT, 1, Duration.ZERO,
            RedeliveryRequest.LONGEST_MAX_AGE)))
        .as("the delivery was due all along").isEqualTo(report(1, 0, 0, 0));
  }

  @Test
  void theJobTakesOnAtMostTheLimitOldestFirst() {
    beforeDispatch = () -> {
      throw new ProcessStopped();
    };
    bed.sdk.notifications().defineCreditProfile(new CreditProfile(line.groupId(), List.of(
        Threshold.amount("DATA_MB", new BigDecimal("900")), Threshold.amount("DATA_MB", new BigDecimal("500")),
        Threshold.amount("DATA_MB", BigDecimal.ZERO)), List.of("ops")));
    assertThatThrownBy(() -> bed.sdk.rating().rate(data("d1", line.identifier(), "200")))
        .isInstanceOf(ProcessStopped.class);
    bed.clock.advance(Duration.ofSeconds(10));
    assertThatThrownBy(() -> bed.sdk.rating().rate(data("d2", line.identifier(), "900")))
        .isInstanceOf(ProcessStopped.class);
    bed.clock.advance(Duration.ofMinutes(5));

    RedeliveryReport first = bed.sdk.notifications().redeliver(RedeliveryRequest.of(2));
    RedeliveryReport second = bed.sdk.notifications().redeliver(RedeliveryRequest.of(2));

    assertThat(first).isEqualTo(report(2, 0, 0, 0));
    assertThat(first.selected()).isEqualTo(2);
    assertThat(second).isEqualTo(report(1, 0, 0, 0));
    assertThat(ops.sent()).extracting(m -> m.notification().level().toPlainString()).containsExactly("900", "500", "0");
  }

  @Test
  void aPendingDeliveryIsSentUpToTheMaximumAgeOfItsNotificationAndExpiredUnsentAfterIt() {
    beforeDispatch = () -> {
      throw new ProcessStopped();
    };
    assertThatThrownBy(this::cross).isInstanceOf(ProcessStopped.class);
    RecordingChannel afterRestart = new RecordingChannel("ops");
    Monetization node = restarted(afterRestart);
    bed.clock.advance(RedeliveryRequest.DEFAULT_MAX_AGE.plusNanos(1));

    assertThat(node.notifications().redeliver(RedeliveryRequest.of(10))).isEqualTo(expired(1));

    assertThat(afterRestart.calls()).isZero();
    assertThat(theDelivery()).isEqualTo(new NotificationDelivery(theNotification().id(), "ops", Status.EXPIRED, 0,
        EXPIRED_AFTER_A_DAY, bed.clock.instant(), null, null));
    bed.clock.advance(Duration.ofMinutes(5));
    assertThat(node.notifications().redeliver(RedeliveryRequest.of(10).withMaxAge(RedeliveryRequest.LONGEST_MAX_AGE)))
        .as("final: a longer age does not take it on again").isEqualTo(report(0, 0, 0, 0));
    assertThat(afterRestart.calls()).isZero();
  }

  @Test
  void aDeliveryAsOldAsTheMaximumAgeIsStillSent() {
    beforeDispatch = () -> {
      throw new ProcessStopped();
    };
    assertThatThrownBy(this::cross).isInstanceOf(ProcessStopped.class);
    RecordingChannel afterRestart = new RecordingChannel("ops");
    bed.clock.advance(Duration.ofHours(6));

    assertThat(restarted(afterRestart).notifications()
        .redeliver(RedeliveryRequest.of(10).withMaxAge(Duration.ofHours(6)))).isEqualTo(report(1, 0, 0, 0));

    assertThat(afterRestart.sent()).hasSize(1);
    assertThat(theDelivery().status()).isEqualTo(Status.SENT);
  }

  @Test
  void aFailingChannelIsRetriedUntilTheNotificationIsTooOldThenTheDeliveryExpiresWithItsAttempts() {
    ops.failWith(new IllegalStateException("gateway down"));
    cross();
    RedeliveryRequest request = RedeliveryRequest.of(10).withMaxAttempts(100).withMaxAge(Duration.ofMinutes(10));

    List<RedeliveryReport> runs = new ArrayList<>();
    for (int run = 0; run < 4; run++) {
      bed.clock.advance(Duration.ofMinutes(3));
      runs.add(bed.sdk.notifications().redeliver(request));
    }

    // Retries are due 1, then 2 and 4 minutes after each failure: taken at 3 and 6 minutes; at 9 the retry
    // time (6 + 4) has not come; at 12 it has, but the notification is past its 10 minutes.
    assertThat(runs).containsExactly(report(0, 1, 0, 0), report(0, 1, 0, 0), report(0, 0, 0, 0), expired(1));
    assertThat(ops.calls()).isEqualTo(3);
    assertThat(theDelivery()).isEqualTo(new NotificationDelivery(theNotification().id(), "ops", Status.EXPIRED, 3,
        "not sent within the resend job's maximum age (PT10M) of the notification",
        RatingTestBed.NOW.plus(Duration.ofMinutes(12)), null, null));
  }

  @Test
  void anInterruptedAttemptExpiresOnlyOnceItsLeaseEnded() {
    ops.onSend(() -> {
      throw new ProcessStopped();
    });
    assertThatThrownBy(this::cross).isInstanceOf(ProcessStopped.class);
    RecordingChannel afterRestart = new RecordingChannel("ops");
    Monetization node = restarted(afterRestart);
    RedeliveryRequest request = RedeliveryRequest.of(10).withMaxAge(Duration.ofMinutes(2));

    bed.clock.advance(LEASE.minusSeconds(1));
    assertThat(node.notifications().redeliver(request)).as("past the age, but its sender still owns the attempt")
        .isEqualTo(report(0, 0, 0, 0));
    assertThat(theDelivery().status()).isEqualTo(Status.IN_FLIGHT);
    bed.clock.advance(Duration.ofSeconds(1));
    assertThat(node.notifications().redeliver(request)).isEqualTo(expired(1));

    assertThat(afterRestart.calls()).isZero();
    assertThat(theDelivery()).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.EXPIRED);
      assertThat(d.attempts()).isEqualTo(1);
      assertThat(d.leaseUntil()).isNull();
    });
  }

  @Test
  void aDeliveryGivenUpAtTheMaximumOfAttemptsStaysFailedAndExpiresWhenAHigherMaximumWouldRetryIt() {
    ops.failWith(new IllegalStateException("gateway down"));
    cross();
    bed.clock.advance(RedeliveryRequest.DEFAULT_MAX_AGE.plusSeconds(1));

    assertThat(bed.sdk.notifications().redeliver(RedeliveryRequest.of(10).withMaxAttempts(1)))
        .as("given up already").isEqualTo(report(0, 0, 0, 0));
    assertThat(theDelivery().status()).isEqualTo(Status.FAILED);
    assertThat(bed.sdk.notifications().redeliver(RedeliveryRequest.of(10).withMaxAttempts(2)))
        .isEqualTo(expired(1));

    assertThat(ops.calls()).isEqualTo(1);
    assertThat(theDelivery()).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Status.EXPIRED);
      assertThat(d.attempts()).isEqualTo(1);
      assertThat(d.detail()).isEqualTo(EXPIRED_AFTER_A_DAY);
    });
  }

  @Test
  void everyStaleDeliveryExpiresBeyondTheLimitAndTheFreshOnesAreSentInTheSameRun() {
    beforeDispatch = () -> {
      throw new ProcessStopped();
    };
    bed.sdk.notifications().defineCreditProfile(new CreditProfile(line.groupId(), List.of(
        Threshold.amount("DATA_MB", new BigDecimal("900")), Threshold.amount("DATA_MB", new BigDecimal("800")),
        Threshold.amount("DATA_MB", new BigDecimal("500")), Threshold.amount("DATA_MB", BigDecimal.ZERO)),
        List.of("ops")));
    assertThatThrownBy(() -> bed.sdk.rating().rate(data("d1", line.identifier(), "300")))
        .isInstanceOf(ProcessStopped.class);
    bed.clock.advance(Duration.ofHours(23));
    assertThatThrownBy(() -> bed.sdk.rating().rate(data("d2", line.identifier(), "900")))
        .isInstanceOf(ProcessStopped.class);
    bed.clock.advance(Duration.ofHours(2));

    RedeliveryReport first = bed.sdk.notifications().redeliver(RedeliveryRequest.of(1));
    RedeliveryReport second = bed.sdk.notifications().redeliver(RedeliveryRequest.of(1));

    assertThat(first).isEqualTo(new RedeliveryReport(1, 0, 0, 0, 2));
    assertThat(first.selected()).isEqualTo(1);
    assertThat(second).isEqualTo(report(1, 0, 0, 0));
    assertThat(ops.sent()).extracting(m -> m.notification().level().toPlainString()).containsExactly("500", "0");
    assertThat(bed.sdk.notifications().notifications(line.groupId()))
        .extracting(n -> bed.sdk.notifications().deliveries(n.id()).get(0).status())
        .containsExactly(Status.EXPIRED, Status.EXPIRED, Status.SENT, Status.SENT);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
