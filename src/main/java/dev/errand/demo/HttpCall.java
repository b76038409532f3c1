package dev.errand.demo;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request on a {@link TinyHttpServer} connection and its response. The response carries exactly
 * the headers the handler set, plus {@code Date} (from the server's clock) only if the handler set
 * none, and the framing headers. A {@code HEAD} response has its headers but no body.
 */
final class HttpCall {

  private final RequestHead head;
  private final InetAddress client;
  private final URI uri;
  private final InputStream requestBody;
  private final OutputStream out;
  private final Clock dateClock;
  private final Headers responseHeaders = new Headers();
  private boolean keepAlive;
  private int status = -1;
  private boolean dropped;
  private @Nullable Body body;

  /**
   * @param client the address the request came from
   */
  HttpCall(
      RequestHead head,
      InetAddress client,
      URI uri,
      InputStream requestBody,
      OutputStream out,
      Clock dateClock,
      boolean keepAlive) {
    this.head = head;
    this.client = client;
    this.uri = uri;
    this.requestBody = requestBody;
    this.out = out;
    this.dateClock = dateClock;
    this.keepAlive = keepAlive;
  }

  String method() {
    return head.method();
  }

  URI uri() {
    return uri;
  }

  /** The address the request came from. */
  InetAddress client() {
    return client;
  }

  Headers requestHeaders() {
    return head.headers();
  }

  InputStream requestBody() {
    return requestBody;
  }

  Headers responseHeaders() {
    return responseHeaders;
  }

  /** Whether {@link #sendResponseHeaders} was called. */
  boolean responded() {
    return status >= 0;
  }

  /**
   * Gives up on the request: nothing is sent, and the connection closes without an answer as soon
   * as the handler returns. Only before {@link #sendResponseHeaders}.
   */
  void drop() {
    if (responded()) {
      throw new IllegalStateException("response already started for " + head.target());
    }
    dropped = true;
    keepAlive = false;
  }

  /** Whether {@link #drop} was called. */
  boolean dropped() {
    return dropped;
  }

  /** The status sent, or -1 before {@link #sendResponseHeaders}. */
  int status() {
    return status;
  }

  /**
   * Writes the status line and headers. {@code length} is the body's size: -1 for no body, 0 for a
   * body of unknown size (the connection then closes after it), more for exactly that many bytes.
   */
  void sendResponseHeaders(int status, long length) throws IOException {
    if (responded() || dropped) {
      throw new IllegalStateException("response already started for " + head.target());
    }
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("bad status " + status);
    }
    this.status = status;
    for (String framed : List.of("Content-Length", "Transfer-Encoding", "Connection")) {
      responseHeaders.remove(framed); // the framing is this class's business
    }
    boolean bodiless = status < 200 || status == 204 || status == 304;
    Headers framing = new Headers();
    if (!responseHeaders.containsKey("Date")) {
      framing.set("Date", Times.httpDate(dateClock.instant()));
    }
    if (bodiless) {
      length = -1;
    } else if (length == 0) {
      keepAlive = false;
    } else {
      framing.set("Content-Length", Long.toString(Math.max(length, 0)));
    }
    if (!keepAlive) {
      framing.set("Connection", "close");
    }
    StringBuilder text = new StringBuilder(512);
    text.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    appendFields(text, responseHeaders);
    appendFields(text, framing);
    text.append("\r\n");
    out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
    boolean discard = bodiless || method().equals("HEAD");
    body = new Body(length == 0 ? Long.MAX_VALUE : Math.max(length, 0), discard);
  }

  /** The response body; call after {@link #sendResponseHeaders}. */
  OutputStream responseBody() {
    if (body == null) {
      throw new IllegalStateException("response headers not sent yet for " + head.target());
    }
    return body;
  }

  /** Ends the response and flushes it. Idempotent. */
  void close() throws IOException {
    if (body != null && !body.complete()) {
      keepAlive = false;
    }
    out.flush();
  }

  /** Whether the connection may carry another request after this call is closed. */
  boolean keepAlive() {
    return keepAlive;
  }

  private static void appendFields(StringBuilder text, Headers headers) {
    for (Map.Entry<String, List<String>> field : headers.entrySet()) {
      for (String value : field.getValue()) {
        text.append(canonical(field.getKey())).append(": ").append(value).append("\r\n");
      }
    }
  }

  /** {@code Content-length} (as {@link Headers} keeps it) as {@code Content-Length}. */
  private static String canonical(String name) {
    char[] chars = name.toCharArray();
    boolean start = true;
    for (int i = 0; i < chars.length; i++) {
      if (start) {
        chars[i] = Character.toUpperCase(chars[i]);
      }
      start = chars[i] == '-';
    }
    return new String(chars);
  }

  private static String reason(int status) {
    return switch (status) {
      case 100 -> "Continue";
      case 200 -> "OK";
      case 204 -> "No Content";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 400 -> "Bad Request";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 429 -> "Too Many Requests";
      case 422 -> "Unprocessable Content";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 503 -> "Service Unavailable";
      default -> "";
    };
  }

  /** Counts what the handler writes and refuses more than it declared. */
  private final class Body extends OutputStream {

    private final long declared;
    private final boolean discard;
    private long written;

    Body(long declared, boolean discard) {
      this.declared = declared;
      this.discard = discard;
    }

    boolean complete() {
      return declared == Long.MAX_VALUE || discard || written == declared;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (written + length > declared) {
        throw new IOException("response body longer than its Content-Length (" + declared + ")");
      }
      written += length;
      if (!discard) {
        out.write(bytes, offset, length);
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
