package dev.errand.browser.pw;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A tiny web server on 127.0.0.1 for browser tests: register a path with its HTML (fixed, or made
 * per request), then open {@link #url(String)}.
 */
final class TestPages implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, Function<HttpExchange, String>> pages = new ConcurrentHashMap<>();

  private TestPages(HttpServer server) {
    this.server = server;
  }

  /** Start a server on a free loopback port. */
  static TestPages start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      TestPages pages = new TestPages(server);
      server.createContext("/", pages::handle);
      server.start();
      return pages;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Serve {@code html} at {@code path}. */
  TestPages page(String path, String html) {
    return page(path, exchange -> html);
  }

  /**
   * Serve what {@code html} makes of each request at {@code path}; it may add headers, and set the
   * status with a {@link #STATUS} header (taken off before the answer goes).
   */
  TestPages page(String path, Function<HttpExchange, String> html) {
    pages.put(path, html);
    return this;
  }

  /** The response header a page sets to answer with another status than 200. */
  static final String STATUS = "X-Test-Status";

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Function<HttpExchange, String> page = pages.get(exchange.getRequestURI().getPath());
      byte[] body =
          (page == null ? "<h1>not found</h1>" : page.apply(exchange))
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.getResponseHeaders().add("Cache-Control", "no-store");
      String status = exchange.getResponseHeaders().getFirst(STATUS);
      exchange.getResponseHeaders().remove(STATUS);
      exchange.sendResponseHeaders(
          page == null ? 404 : status == null ? 200 : Integer.parseInt(status), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
