package dev.errand.demo;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shop's single HTTP handler: takes the receipt time first, attaches the session, puts the
 * request through the {@link Gate}s in order (the {@link RateLimiter}'s {@code 429}, the {@link
 * PageFaults}, the {@link WaitingRoom}: each may answer it at once instead), dispatches by method
 * and path, and turns any failure into a 400 or 500 page so the server keeps running. Every page
 * but a static file waits out the {@link RenderDelay} before it answers. A {@code HEAD} request is
 * answered like the {@code GET} of the same path, without the body; with a render delay, {@code
 * HEAD} of a page is answered 404 instead. Instrumentation requests are neither limited nor
 * delayed.
 */
final class Router implements CallHandler {

  /** Paths under this prefix are the shop's own instrumentation: no session, not logged. */
  static final String INSTRUMENTATION_PREFIX = "/__demo/";

  private static final Logger LOG = LoggerFactory.getLogger(Router.class);

  private final Map<String, Map<String, Route>> exact = new LinkedHashMap<>();
  private final Map<String, Map<String, Route>> prefixes = new LinkedHashMap<>();
  private final Set<String> staticPaths = new HashSet<>();
  private final SessionStore sessions;
  private final RequestLog log;
  private final MessagePage messages;
  private final Clock shopClock;
  private final Duration skew;
  private final RateLimiter limiter;
  private final List<Gate> gates;
  private final RenderDelay renderDelay;

  /**
   * @param shopClock the shop's clock, for the {@code Date} header
   * @param skew how far {@code shopClock} runs ahead of the true clock
   * @param limiter told of every redirect the shop sends
   * @param gates what every request but an instrumentation one meets, in order
   */
  Router(
      SessionStore sessions,
      RequestLog log,
      MessagePage messages,
      Clock shopClock,
      Duration skew,
      RateLimiter limiter,
      List<Gate> gates,
      RenderDelay renderDelay) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.log = Objects.requireNonNull(log, "log");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.shopClock = Objects.requireNonNull(shopClock, "shopClock");
    this.skew = Objects.requireNonNull(skew, "skew");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.gates = List.copyOf(gates);
    this.renderDelay = Objects.requireNonNull(renderDelay, "renderDelay");
  }

  /** Routes {@code method path} to {@code route}. */
  Router on(String method, String path, Route route) {
    exact.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, route);
    return this;
  }

  /** Routes {@code GET} (and {@code HEAD}) of {@code path} to a static file, never delayed. */
  Router onStatic(String path, Route route) {
    staticPaths.add(path);
    return on("GET", path, route);
  }

  /** Routes {@code method} on every path starting with {@code prefix} to {@code route}. */
  Router onPrefix(String method, String prefix, Route route) {
    prefixes.computeIfAbsent(prefix, p -> new LinkedHashMap<>()).put(method, route);
    return this;
  }

  @Override
  public void handle(HttpCall call) {
    Instant receivedAt = Instant.now();
    long receivedNanos = System.nanoTime();
    ShopExchange ex =
        new ShopExchange(
            call,
            receivedAt,
            receivedNanos,
            receivedAt.plus(skew),
            shopClock,
            log,
            location -> limiter.redirected(call.client(), location));
    try {
      if (ex.path().startsWith(INSTRUMENTATION_PREFIX)) {
        dispatch(ex);
        return;
      }
      attachSession(ex);
      for (Gate gate : gates) {
        if (!gate.letsThrough(ex)) {
          return;
        }
      }
      if (!staticPaths.contains(ex.path())) {
        renderDelay.awaitEnd(ex.receivedNanos());
        if (renderDelay.isOn() && ex.method().equals("HEAD")) {
          messages.notFound(ex);
          return;
        }
      }
      dispatch(ex);
    } catch (BadRequestException e) {
      LOG.debug("bad request {} {}: {}", ex.method(), ex.target(), e.getMessage());
      answer(ex, x -> messages.badRequest(x, "We couldn't read what your browser sent."));
    } catch (IOException e) {
      // the browser went away mid-answer (a navigation, a closed tab): normal, not a failure
      LOG.debug("client left during {} {}: {}", ex.method(), ex.target(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.warn("demo shop failed on {} {}: {}", ex.method(), ex.target(), e.toString());
      LOG.debug("demo shop failure", e);
      answer(ex, messages::serverError);
    } finally {
      closeQuietly(ex, call);
    }
  }

  private void attachSession(ShopExchange ex) {
    Session session = ex.cookie("sid").flatMap(sessions::find).orElse(null);
    if (session == null) {
      session = sessions.create();
      ex.addHeader("Set-Cookie", "sid=" + session.id() + "; Path=/; HttpOnly; SameSite=Lax");
    }
    ex.session(session);
  }

  private void dispatch(ShopExchange ex) throws IOException {
    String path = ex.path();
    Map<String, Route> byMethod = exact.get(path);
    if (byMethod == null) {
      for (Map.Entry<String, Map<String, Route>> prefix : prefixes.entrySet()) {
        if (path.startsWith(prefix.getKey()) && path.length() > prefix.getKey().length()) {
          byMethod = prefix.getValue();
          break;
        }
      }
    }
    if (byMethod == null) {
      messages.notFound(ex);
      return;
    }
    Route route = byMethod.get(ex.method());
    if (route == null && ex.method().equals("HEAD")) {
      route = byMethod.get("GET");
    }
    if (route == null) {
      messages.methodNotAllowed(ex, String.join(", ", byMethod.keySet()));
      return;
    }
    route.handle(ex);
  }

  private static void closeQuietly(ShopExchange ex, HttpCall call) {
    try {
      call.close();
    } catch (IOException e) {
      LOG.debug("could not finish {} {}: {}", ex.method(), ex.target(), e.toString());
    }
  }

  /** Sends an error page unless a response already started; a failure there is only logged. */
  private void answer(ShopExchange ex, Route errorPage) {
    if (ex.responded()) {
      return;
    }
    try {
      errorPage.handle(ex);
    } catch (IOException | RuntimeException e) {
      LOG.warn("demo shop could not send an error page for {} {}", ex.method(), ex.target(), e);
    }
  }
}
