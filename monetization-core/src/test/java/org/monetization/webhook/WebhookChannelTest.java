package org.monetization.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.RatingTestBed.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceGroupId;
import org.monetization.config.PaymentType;
import org.monetization.customer.CustomerId;
import org.monetization.error.FieldError;
import org.monetization.error.MonetizationException;
import org.monetization.error.ValidationException;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.NotificationType;
import org.monetization.notification.Threshold;
import org.monetization.rating.RatingStatus;
import org.monetization.spi.NotificationMessage;
import org.monetization.testing.RatingTestBed;

/** The webhook channel against a local HTTP server on 127.0.0.1 and an ephemeral port. */
class WebhookChannelTest {
  private record Received(String method, String path, String contentType, String authorization, String body) {}

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final AtomicInteger status = new AtomicInteger(204);
  private HttpServer server;
  private URI url;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hooks/credit", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Content-Type"),
          String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")), body));
      exchange.sendResponseHeaders(status.get(), -1);
      exchange.close();
    });
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/credit");
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private static NotificationMessage message() {
    Notification notification = new Notification(7, new BalanceGroupId(12), NotificationType.THRESHOLD_REACHED,
        Threshold.percentOf("DATA_MB", new BigDecimal("20"), new BigDecimal("5000")), new BigDecimal("1000.00"),
        new BigDecimal("950"), List.of("webhook"), Instant.parse("2026-03-10T09:00:00Z"));
    return new NotificationMessage(notification, CustomerId.of(4), "webhook");
  }

  @Test
  void postsTheNotificationAsJsonWithTheConfiguredHeaders() throws Exception {
    WebhookChannel channel = WebhookChannel.builder(url).header("Authorization", "Bearer s3cr3t").build();

    channel.send(message());

    Received request = received.poll(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/hooks/credit");
    assertThat(request.contentType()).isEqualTo("application/json");
    assertThat(request.authorization()).isEqualTo("Bearer s3cr3t");
    JsonNode json = new ObjectMapper().readTree(request.body());
    assertThat(json.get("notificationId").asLong()).isEqualTo(7);
    assertThat(json.get("type").asText()).isEqualTo("THRESHOLD_REACHED");
    assertThat(json.get("channel").asText()).isEqualTo("webhook");
    assertThat(json.get("groupId").asLong()).isEqualTo(12);
    assertThat(json.get("customerId").asLong()).isEqualTo(4);
    assertThat(json.get("resource").asText()).isEqualTo("DATA_MB");
    assertThat(json.get("thresholdKind").asText()).isEqualTo("PERCENT_OF_LIMIT");
    assertThat(json.get("thresholdValue").decimalValue()).isEqualByComparingTo("20");
    assertThat(json.get("thresholdLimit").decimalValue()).isEqualByComparingTo("5000");
    assertThat(json.get("occurredAt").asText()).isEqualTo("2026-03-10T09:00:00Z");
    assertThat(request.body()).contains("\"level\":1000.00", "\"value\":950");
    assertThat(json.size()).isEqualTo(12);
  }

  @Test
  void anAnswerOutside2xxIsAFailureThatNamesNeitherUrlNorHeaders() {
    status.set(503);
    WebhookChannel channel = WebhookChannel.builder(url).header("Authorization", "Bearer s3cr3t").build();

    assertThatThrownBy(() -> channel.send(message()))
        .isInstanceOf(MonetizationException.class)
        .hasMessage("webhook answered HTTP 503");
    assertThat(channel.toString()).doesNotContain("s3cr3t", "127.0.0.1");
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsAFailure() throws IOException {
    HttpServer silent = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    silent.createContext("/", exchange -> {
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    silent.start();
    try {
      WebhookChannel channel = WebhookChannel.builder(
          URI.create("http://127.0.0.1:" + silent.getAddress().getPort() + "/")).timeout(Duration.ofMillis(200)).build();

      assertThatThrownBy(() -> channel.send(message()))
          .isInstanceOf(MonetizationException.class)
          .hasMessage("webhook request failed: HttpTimeoutException");
    } finally {
      silent.stop(0);
    }
  }

  @Test
  void theBuilderNamesEveryBadField() {
    assertThatThrownBy(() -> WebhookChannel.builder(URI.create("ftp://example.org/x")).name(" ")
        .timeout(Duration.ZERO).header("Host", "x").header("bad name", "v").header("X-Token", "a\nb").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("url", "name", "timeout", "headers.Host", "headers.bad name", "headers.X-Token"));
    assertThatThrownBy(() -> WebhookChannel.builder(null).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.hasErrorOn("url")).isTrue());
  }

  @Test
  void aCrossingDuringRatingIsPostedOnceAfterCommitAndAFailedPostIsRecorded() throws Exception {
    RatingTestBed bed = new RatingTestBed(builder -> builder.notificationChannel(WebhookChannel.builder(url).build()));
    RatingTestBed.Line line = bed.onboard("Hook", "+33622222222", PaymentType.POSTPAID);
    bed.credit(line.groupId(), "DATA_MB", "1000");
    bed.sdk.notifications().defineCreditProfile(new CreditProfile(line.groupId(),
        List.of(Threshold.amount("DATA_MB", new BigDecimal("500")), Threshold.amount("DATA_MB", BigDecimal.ZERO)),
        List.of(WebhookChannel.DEFAULT_NAME)));

    bed.sdk.rating().rateAll(List.of(data("w1", line.identifier(), "300"), data("w2", line.identifier(), "300")));
    status.set(500);
    var result = bed.sdk.rating().rate(data("w3", line.identifier(), "600"));

    assertThat(result.status()).isEqualTo(RatingStatus.RATED);
    Received first = received.poll(5, TimeUnit.SECONDS);
    Received second = received.poll(5, TimeUnit.SECONDS);
    assertThat(received).isEmpty();
    assertThat(new ObjectMapper().readTree(first.body()).get("value").decimalValue()).isEqualByComparingTo("400");
    assertThat(new ObjectMapper().readTree(second.body()).get("type").asText()).isEqualTo("EXHAUSTED");
    List<Notification> notifications = bed.sdk.notifications().notifications(line.groupId());
    assertThat(notifications).hasSize(2);
    assertThat(bed.sdk.notifications().deliveries(notifications.get(0).id()))
        .extracting(NotificationDelivery::status).containsExactly(NotificationDelivery.Status.SENT);
    assertThat(bed.sdk.notifications().deliveries(notifications.get(1).id())).singleElement().satisfies(d -> {
      assertThat(d.status()).isEqualTo(NotificationDelivery.Status.FAILED);
      assertThat(d.detail()).isEqualTo("MonetizationException: webhook answered HTTP 500");
    });
  }
}
