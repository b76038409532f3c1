package dev.errand.handoff.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.errand.browser.LiveFrame;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Serves one handoff's page while the handoff lasts: the page itself, its live view (Server-Sent
 * Events: pictures and state) and its input (POSTs), all under {@code /h/TOKEN/}. Any other path, a
 * wrong token, or any request once the handoff ended gets an empty 404 and leaves no trace. The
 * JDK's own HTTP server is enough: the page is small and has one or two watchers.
 */
public final class HandoffPageServer implements AutoCloseable {

  /** The page's own weight must stay small enough for a phone on a weak connection. */
  static final String PAGE = "handoff.html";

  private static final Pattern PATH =
      Pattern.compile("^/h/([A-Za-z0-9_-]{1,100})/(events|input)?$");
  private static final Pattern DEVICE = Pattern.compile("^[A-Za-z0-9_-]{8,64}$");
  private static final int MAX_STREAMS = 8;
  private static final int MAX_POST = 2048;
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] HTML = load();

  private final HttpServer server;
  private final ExecutorService threads;
  private final PageToken token;
  private final PageSession session;
  private final AtomicInteger streams = new AtomicInteger();

  private HandoffPageServer(
      HttpServer server, ExecutorService threads, PageToken token, PageSession session) {
    this.server = server;
    this.threads = threads;
    this.token = token;
    this.session = session;
  }

  /** Starts serving {@code session} on {@code address} (port 0: any free one) under a new token. */
  public static HandoffPageServer start(InetSocketAddress address, PageSession session)
      throws IOException {
    return start(address, session, null);
  }

  /** As {@link #start(InetSocketAddress, PageSession)}, over TLS with {@code tls} when given. */
  public static HandoffPageServer start(
      InetSocketAddress address, PageSession session, @Nullable SSLContext tls) throws IOException {
    HttpServer server = tls == null ? HttpServer.create(address, 16) : https(address, tls);
    ExecutorService threads =
        Executors.newFixedThreadPool(
            MAX_STREAMS + 4,
            r -> {
              Thread t = new Thread(r, "errand-handoff-page");
              t.setDaemon(true);
              return t;
            });
    HandoffPageServer page = new HandoffPageServer(server, threads, PageToken.random(), session);
    server.createContext("/", page::handle);
    server.setExecutor(threads);
    server.start();
    return page;
  }

  private static HttpsServer https(InetSocketAddress address, SSLContext tls) throws IOException {
    HttpsServer server = HttpsServer.create(address, 16);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    return server;
  }

  /** The link the person opens: the only place the token is shown whole. */
  public URI link() {
    return base().resolve("/h/" + token.value() + "/");
  }

  /** Where it listens, as bound (the port chosen when 0 was asked for). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Whether it is served over TLS (an https link). */
  public boolean tls() {
    return server instanceof HttpsServer;
  }

  /** The link with its token hidden, for the console and the journal. */
  public String shown() {
    return base() + "/h/…/";
  }

  private URI base() {
    InetSocketAddress bound = server.getAddress();
    InetAddress ip = bound.getAddress();
    String host = ip.getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create((tls() ? "https://" : "http://") + host + ":" + bound.getPort());
  }

  @Override
  public void close() {
    if (!session.ended()) {
      session.end("finished");
    }
    drain();
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Matcher m = PATH.matcher(ex.getRequestURI().getRawPath());
      if (!m.matches() || !token.matches(m.group(1)) || session.ended()) {
        notFound(ex);
        return;
      }
      String what = m.group(2);
      String method = ex.getRequestMethod();
      if (what == null && method.equals("GET")) {
        page(ex);
      } else if ("events".equals(what) && method.equals("GET")) {
        events(ex);
      } else if ("input".equals(what) && method.equals("POST")) {
        input(ex);
      } else {
        notFound(ex);
      }
    } catch (IOException | UncheckedIOException e) {
      // the device went away mid-answer: it reconnects if it still wants the page
    }
  }

  private static void notFound(HttpExchange ex) throws IOException {
    ex.sendResponseHeaders(404, -1);
  }

  private static void secure(HttpExchange ex) {
    var h = ex.getResponseHeaders();
    h.set("Cache-Control", "no-store");
    h.set("Referrer-Policy", "no-referrer");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
            + " img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'");
  }

  private static void page(HttpExchange ex) throws IOException {
    secure(ex);
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    ex.sendResponseHeaders(200, HTML.length);
    ex.getResponseBody().write(HTML);
  }

  private void events(HttpExchange ex) throws IOException {
    String device = device(ex);
    if (device == null) {
      ex.sendResponseHeaders(400, -1);
      return;
    }
    if (streams.incrementAndGet() > MAX_STREAMS) {
      streams.decrementAndGet();
      ex.sendResponseHeaders(503, -1);
      return;
    }
    try {
      secure(ex);
      ex.getResponseHeaders().set("Content-Type", "text/event-stream");
      ex.sendResponseHeaders(200, 0);
      session.join(device, ex.getRemoteAddress().getAddress().getHostAddress());
      try {
        stream(ex.getResponseBody(), device);
      } finally {
        session.leave(device);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      synchronized (streams) {
        streams.decrementAndGet();
        streams.notifyAll();
      }
    }
  }

  private void stream(OutputStream out, String device) throws IOException, InterruptedException {
    long seenFrame = -1;
    long seenState = -1;
    while (true) {
      PageSession.View view = session.await(device, seenFrame, seenState, KEEP_ALIVE);
      boolean sent = false;
      if (view.stateVersion() != seenState) {
        seenState = view.stateVersion();
        send(out, "state", state(view));
        sent = true;
      }
      if (view.ended()) {
        out.flush();
        return;
      }
      LiveFrame frame = view.frame();
      if (view.frameVersion() != seenFrame && frame != null) {
        seenFrame = view.frameVersion();
        send(
            out,
            "frame",
            frame.drawnAtMillis()
                + " "
                + frame.viewportWidth()
                + " "
                + frame.viewportHeight()
                + " "
                + Base64.getEncoder().encodeToString(frame.jpeg()));
        sent = true;
      }
      if (!sent) {
        out.write(": still here\n\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
    }
  }

  private String state(PageSession.View view) {
    PageSession.About about = session.about();
    ObjectNode o = JSON.createObjectNode();
    o.put("role", view.controls() ? "control" : "view");
    o.put("status", view.status());
    o.put("ended", view.ended());
    o.put("reason", about.reason());
    o.put("message", about.message());
    about.until().ifPresent(u -> o.put("until", u));
    about.hold().ifPresent(h -> o.put("hold", h));
    Instant now = Instant.now();
    session.givesUpAt().ifPresent(t -> o.put("givesUpIn", millisFrom(now, t)));
    session.holdEndsAt().ifPresent(t -> o.put("holdLeft", millisFrom(now, t)));
    return o.toString();
  }

  private static void send(OutputStream out, String event, String data) throws IOException {
    out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
  }

  private void input(HttpExchange ex) throws IOException {
    String device = device(ex);
    byte[] body = ex.getRequestBody().readNBytes(MAX_POST + 1);
    if (device == null || body.length > MAX_POST) {
      ex.sendResponseHeaders(400, -1);
      return;
    }
    boolean taken = session.post(device, new String(body, StandardCharsets.UTF_8));
    ex.sendResponseHeaders(taken ? 204 : 409, -1);
  }

  /** The device's id from {@code ?d=}, or null when there is none fit to keep. */
  private static @org.jspecify.annotations.Nullable String device(HttpExchange ex) {
    String query = Objects.requireNonNullElse(ex.getRequestURI().getRawQuery(), "");
    for (String pair : query.split("&", -1)) {
      if (pair.startsWith("d=") && DEVICE.matcher(pair.substring(2)).matches()) {
        return pair.substring(2);
      }
    }
    return null;
  }

  private static byte[] load() {
    try (InputStream in = HandoffPageServer.class.getResourceAsStream(PAGE)) {
      if (in == null) {
        throw new IllegalStateException("the handoff page is missing from errand's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page's own size in bytes. */
  static int pageWeight() {
    return HTML.length;
  }

  /** Milliseconds from {@code now} to {@code then}, never below zero: the page counts them down. */
  private static long millisFrom(Instant now, Instant then) {
    return Math.max(0, Duration.between(now, then).toMillis());
  }

  /** How long the end of a handoff waits for its last state to reach the open pages. */
  private static final Duration DRAIN = Duration.ofMillis(300);

  /**
   * Waits, at most {@link #DRAIN}, for the open live views to send the final state and finish, so
   * every page says how the handoff ended before the server stops.
   */
  private void drain() {
    long deadline = System.nanoTime() + DRAIN.toNanos();
    synchronized (streams) {
      try {
        for (long left = DRAIN.toMillis(); streams.get() > 0 && left > 0; ) {
          streams.wait(left);
          left = (deadline - System.nanoTime()) / 1_000_000;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
