package dev.errand.demo;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One request being answered: its session, parsed inputs and the ways to respond. Every response
 * goes through {@link #send}, which records the request in the {@link RequestLog} before the client
 * can see the answer, marks it {@code Cache-Control: no-store} and dates it by the shop's clock as
 * it writes the headers (so a page that took long to render is dated when it was done).
 */
final class ShopExchange {

  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final HttpCall call;
  private final Instant receivedAt;
  private final long receivedNanos;
  private final Instant shopTime;
  private final Clock shopClock;
  private final RequestLog log;
  private final Consumer<String> redirects;
  private @Nullable Session session;
  private boolean responded;
  private boolean errorPage;
  private @Nullable String body;

  /**
   * @param receivedAt when the request arrived, on the true clock
   * @param receivedNanos {@link System#nanoTime()} right after {@code receivedAt}
   * @param shopTime when the request arrived, on the shop's clock
   * @param shopClock the shop's clock, for the {@code Date} header
   * @param redirects told the location of every redirect before it is sent
   */
  ShopExchange(
      HttpCall call,
      Instant receivedAt,
      long receivedNanos,
      Instant shopTime,
      Clock shopClock,
      RequestLog log,
      Consumer<String> redirects) {
    this.call = Objects.requireNonNull(call, "call");
    this.receivedAt = receivedAt;
    this.receivedNanos = receivedNanos;
    this.shopTime = shopTime;
    this.shopClock = shopClock;
    this.log = log;
    this.redirects = Objects.requireNonNull(redirects, "redirects");
  }

  /** When the request arrived, on the true clock (the ground truth for the request log). */
  Instant receivedAt() {
    return receivedAt;
  }

  /** {@link System#nanoTime()} when the request arrived. */
  long receivedNanos() {
    return receivedNanos;
  }

  /** When the request arrived, on the shop's clock: what the shop's rules go by. */
  Instant shopTime() {
    return shopTime;
  }

  String method() {
    return call.method();
  }

  /** The address the request came from. */
  InetAddress client() {
    return call.client();
  }

  /** The first value of a request header. */
  Optional<String> header(String name) {
    return Optional.ofNullable(call.requestHeaders().getFirst(name));
  }

  /** The decoded path without the query. */
  String path() {
    return call.uri().getPath();
  }

  /** The raw path and query as sent, e.g. {@code /security-check?next=/checkout}. */
  String target() {
    String raw = call.uri().getRawPath();
    String query = call.uri().getRawQuery();
    return query == null ? raw : raw + "?" + query;
  }

  Map<String, String> query() {
    return FormData.parse(call.uri().getRawQuery());
  }

  /** The body as a url-encoded form. */
  Map<String, String> form() throws IOException {
    return FormData.parse(body());
  }

  /** The body as UTF-8 text (at most 64 KiB). */
  String body() throws IOException {
    if (body == null) {
      try (InputStream in = call.requestBody()) {
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
    for (String header : call.requestHeaders().getOrDefault("Cookie", List.of())) {
      for (String part : header.split(";", -1)) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
          return Optional.of(part.substring(eq + 1).trim());
        }
      }
    }
    return Optional.empty();
  }

  void addHeader(String name, String value) {
    call.responseHeaders().add(name, value);
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
    redirects.accept(location);
    addHeader("Location", location);
    send(303, null, new byte[0]);
  }

  /** {@code 302 Found} to a path of this shop, as a front end's redirect (a waiting room's). */
  void found(String location) throws IOException {
    redirects.accept(location);
    addHeader("Location", location);
    send(302, null, new byte[0]);
  }

  /**
   * Closes the connection without an answer. The request is not logged: nothing was answered. Only
   * before a response started.
   */
  void drop() {
    if (responded) {
      throw new IllegalStateException("already responded to " + target());
    }
    responded = true;
    call.drop();
  }

  /**
   * Records the request in the log, then writes status, headers (dated by the shop's clock now) and
   * body.
   */
  void send(int status, @Nullable String contentType, byte[] content) throws IOException {
    if (responded) {
      throw new IllegalStateException("already responded to " + target());
    }
    responded = true;
    if (session != null) {
      log.add(
          new RequestLog.Entry(
              receivedAt,
              receivedNanos,
              method(),
              target(),
              status,
              session.id(),
              shopTime,
              header("Sec-Fetch-Dest"),
              errorPage));
    }
    Headers headers = call.responseHeaders();
    headers.set("Date", Times.httpDate(shopClock.instant()));
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "same-origin");
    if (contentType != null) {
      headers.set("Content-Type", contentType);
    }
    call.sendResponseHeaders(status, content.length == 0 ? -1 : content.length);
    if (content.length > 0) {
      try (OutputStream out = call.responseBody()) {
        out.write(content);
      }
    }
  }

  /**
   * Marks the answer about to be sent as the front end's error page rather than the page asked for;
   * the {@link RequestLog} records it so.
   */
  void markErrorPage() {
    errorPage = true;
  }
}
