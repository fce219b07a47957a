package org.monetization.webhook;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.monetization.error.FieldErrors;
import org.monetization.error.MonetizationException;
import org.monetization.error.ValidationException;
import org.monetization.notification.Notification;
import org.monetization.spi.NotificationChannel;
import org.monetization.spi.NotificationMessage;

/**
 * A {@link NotificationChannel} that posts each notification as JSON to a URL (CFG-8's "webhook JSON call
 * to a third-party API"), with the JDK's HTTP client. Any 2xx answer is a delivery; another status, a
 * timeout or a connection failure is thrown as a {@link MonetizationException} whose message names neither
 * the URL nor the headers, which may carry credentials. Immutable and thread-safe.
 *
 * <pre>{@code
 * Monetization.builder().notificationChannel(WebhookChannel.builder(URI.create("https://crm.example/hooks/credit"))
 *     .header("Authorization", "Bearer " + token)
 *     .timeout(Duration.ofSeconds(3))
 *     .build());
 * }</pre>
 *
 * <p>The body of a notification of DATA_MB reaching 20 % of a 5000 MB allowance:
 * <pre>{@code
 * {"notificationId":7,"type":"THRESHOLD_REACHED","channel":"webhook","groupId":12,"customerId":4,
 *  "resource":"DATA_MB","thresholdKind":"PERCENT_OF_LIMIT","thresholdValue":20,"thresholdLimit":5000,
 *  "level":1000.00,"value":950,"occurredAt":"2026-03-10T09:00:00Z"}
 * }</pre>
 */
public final class WebhookChannel implements NotificationChannel {
  /** The name credit profiles use for a webhook channel unless another is set. */
  public static final String DEFAULT_NAME = "webhook";

  /** How long a request may take unless another timeout is set. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** Headers the JDK client sets itself and refuses from callers. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade", "content-type");

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final String name;
  private final URI url;
  private final Duration timeout;
  private final Map<String, String> headers;
  private final HttpClient client;

  private WebhookChannel(Builder builder) {
    this.name = builder.name;
    this.url = requireNonNull(builder.url);
    this.timeout = builder.timeout;
    this.headers = Map.copyOf(builder.headers);
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * Returns a builder of a channel posting to the URL.
   *
   * @param url an absolute {@code http} or {@code https} URL; checked by {@link Builder#build()}
   * @return the builder
   */
  public static Builder builder(@Nullable URI url) {
    return new Builder(url);
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Posts the message's JSON body ({@link #body(NotificationMessage)}) to the URL.
   *
   * @param message what to send
   * @throws MonetizationException if the server answers outside 2xx, does not answer within the timeout, or
   *     cannot be reached; the message names neither the URL nor the headers
   */
  @Override
  public void send(NotificationMessage message) {
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body(message)));
    headers.forEach(request::header);
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new MonetizationException("webhook request failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MonetizationException("webhook request interrupted");
    }
    if (response.statusCode() / 100 != 2) {
      throw new MonetizationException("webhook answered HTTP " + response.statusCode());
    }
  }

  /**
   * Returns the JSON document posted for a message: one object with the notification's fields, amounts as
   * exact JSON numbers, the instant in ISO-8601.
   *
   * @param message the message
   * @return the JSON text
   */
  public static String body(NotificationMessage message) {
    Notification notification = message.notification();
    ObjectNode node = NODES.objectNode();
    node.put("notificationId", notification.id());
    node.put("type", notification.type().name());
    node.put("channel", message.channel());
    node.put("groupId", notification.groupId().value());
    node.put("customerId", message.customerId().value());
    node.put("resource", notification.resource());
    node.put("thresholdKind", notification.threshold().kind().name());
    node.put("thresholdValue", notification.threshold().value());
    if (notification.threshold().limit() != null) {
      node.put("thresholdLimit", notification.threshold().limit());
    }
    node.put("level", notification.level());
    node.put("value", notification.value());
    node.put("occurredAt", notification.occurredAt().toString());
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree of texts and numbers always serialises", e);
    }
  }

  /** Returns the channel's name and timeout; the URL and headers are left out, they may hold credentials. */
  @Override
  public String toString() {
    return "WebhookChannel[name=" + name + ", timeout=" + timeout + "]";
  }

  /** Configures a {@link WebhookChannel}. Not thread-safe. */
  public static final class Builder {
    private final @Nullable URI url;
    private String name = DEFAULT_NAME;
    private Duration timeout = DEFAULT_TIMEOUT;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder(@Nullable URI url) {
      this.url = url;
    }

    /**
     * Sets the name credit profiles use for the channel; {@value WebhookChannel#DEFAULT_NAME} by default.
     *
     * @param value the name, not blank; checked by {@link #build()}
     * @return this builder
     */
    public Builder name(String value) {
      this.name = requireNonNull(value, "name");
      return this;
    }

    /**
     * Sets how long connecting and the whole request may take; ten seconds by default.
     *
     * @param value the timeout, positive; checked by {@link #build()}
     * @return this builder
     */
    public Builder timeout(Duration value) {
      this.timeout = requireNonNull(value, "timeout");
      return this;
    }

    /**
     * Adds a header sent with every request, such as an {@code Authorization} token; a second value for the
     * same name replaces the first. Values never appear in logs or {@code toString}.
     *
     * @param headerName the header's name; checked by {@link #build()}
     * @param value its value
     * @return this builder
     */
    public Builder header(String headerName, String value) {
      headers.put(requireNonNull(headerName, "headerName"), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Returns the channel.
     *
     * @return the channel
     * @throws ValidationException naming every bad field: {@code url} missing, not absolute or not http(s);
     *     {@code name} blank; {@code timeout} not positive; {@code headers.<name>} blank, not a token, or one
     *     the client sets itself (Host, Content-Length, Content-Type, Connection, Expect, Upgrade)
     */
    public WebhookChannel build() {
      FieldErrors errors = new FieldErrors();
      if (errors.require("url", url)) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        errors.check(url.isAbsolute() && url.getHost() != null && (scheme.equals("http") || scheme.equals("https")),
            "url", "must be an absolute http or https URL");
      }
      errors.requireText("name", name);
      errors.check(!timeout.isNegative() && !timeout.isZero(), "timeout", "must be positive");
      headers.forEach((headerName, value) -> {
        String field = "headers." + headerName;
        if (errors.check(headerName.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+"), field, "must be a header name token")) {
          errors.check(!RESTRICTED.contains(headerName.toLowerCase(Locale.ROOT)), field, "is set by the client");
        }
        errors.check(value.indexOf('\r') < 0 && value.indexOf('\n') < 0, field, "must not contain a line break");
      });
      errors.throwIfAny();
      return new WebhookChannel(this);
    }
  }
}
