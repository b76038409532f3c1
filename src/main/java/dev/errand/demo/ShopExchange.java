package dev.errand.demo;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request being answered: its session, parsed inputs and the ways to respond. Every response
 * goes through {@link #send}, which records the request in the {@link RequestLog} before the client
 * can see the answer, and marks it {@code Cache-Control: no-store}.
 */
final class ShopExchange {

  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final HttpExchange exchange;
  private final Instant receivedAt;
  private final long receivedNanos;
  private final RequestLog log;
  private Session session;
  private boolean responded;
  private String body;

  ShopExchange(HttpExchange exchange, Instant receivedAt, long receivedNanos, RequestLog log) {
    this.exchange = Objects.requireNonNull(exchange, "exchange");
    this.receivedAt = receivedAt;
    this.receivedNanos = receivedNanos;
    this.log = log;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  String method() {
    return exchange.getRequestMethod();
  }

  /** The decoded path without the query. */
  String path() {
    return exchange.getRequestURI().getPath();
  }

  /** The raw path and query as sent, e.g. {@code /security-check?next=/checkout}. */
  String target() {
    String raw = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    return query == null ? raw : raw + "?" + query;
  }

  Map<String, String> query() {
    return FormData.parse(exchange.getRequestURI().getRawQuery());
  }

  /** The body as a url-encoded form. */
  Map<String, String> form() throws IOException {
    return FormData.parse(body());
  }

  /** The body as UTF-8 text (at most 64 KiB). */
  String body() throws IOException {
    if (body == null) {
      try (InputStream in = exchange.getRequestBody()) {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
          throw new BadRequestException("request body larger than " + MAX_BODY_BYTES + " bytes");
        }
        body = new String(bytes, StandardCharsets.UTF_8);
      }
    }
    return body;
  }

  /** The value of a request cookie. */
  Optional<String> cookie(String name) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
          return Optional.of(part.substring(eq + 1).trim());
        }
      }
    }
    return Optional.empty();
  }

  void addHeader(String name, String value) {
    exchange.getResponseHeaders().add(name, value);
  }

  Session session() {
    if (session == null) {
      throw new IllegalStateException("no session for " + target());
    }
    return session;
  }

  /** The session, if this request has one (instrumentation requests do not). */
  Optional<Session> sessionIfAny() {
    return Optional.ofNullable(session);
  }

  void session(Session session) {
    this.session = session;
  }

  boolean responded() {
    return responded;
  }

  void html(int status, String html) throws IOException {
    send(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  void json(int status, Object value) throws IOException {
    send(status, "application/json; charset=utf-8", Json.bytes(value));
  }

  /** {@code 303 See Other} to a path of this shop. */
  void redirect(String location) throws IOException {
    addHeader("Location", location);
    send(303, null, new byte[0]);
  }

  /** Records the request in the log, then writes status, headers and body. */
  void send(int status, String contentType, byte[] content) throws IOException {
    if (responded) {
      throw new IllegalStateException("already responded to " + target());
    }
    responded = true;
    if (session != null) {
      log.add(
          new RequestLog.Entry(
              receivedAt, receivedNanos, method(), target(), status, session.id()));
    }
    Headers headers = exchange.getResponseHeaders();
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "same-origin");
    if (contentType != null) {
      headers.set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, content.length == 0 ? -1 : content.length);
    if (content.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(content);
      }
    }
  }
}
