package dev.errand.demo;

import com.sun.net.httpserver.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The request line and header fields of one HTTP/1.x request, as read off a connection.
 *
 * @param method the method, e.g. {@code GET}
 * @param target the request target as sent, e.g. {@code /security-check?next=/checkout}
 * @param version {@code HTTP/1.1} or {@code HTTP/1.0}
 * @param headers the header fields (names normalized by {@link Headers})
 */
record RequestHead(String method, String target, String version, Headers headers) {

  private static final int MAX_LINE_BYTES = 8 * 1024;
  private static final int MAX_HEAD_BYTES = 64 * 1024;
  private static final int MAX_FIELDS = 100;
  private static final int MAX_LEADING_BLANK_LINES = 4;

  /**
   * Reads the next request head; empty if the client closed the connection before sending one.
   *
   * @throws BadRequestException if what arrived is not an HTTP/1.x request head
   */
  static Optional<RequestHead> read(InputStream in) throws IOException {
    int[] budget = {MAX_HEAD_BYTES};
    String requestLine = "";
    for (int blank = 0; requestLine.isEmpty(); blank++) {
      if (blank > MAX_LEADING_BLANK_LINES) {
        throw new BadRequestException("no request line");
      }
      String line = readLine(in, budget, blank == 0);
      if (line == null) {
        return Optional.empty();
      }
      requestLine = line;
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new BadRequestException("malformed request line");
    }
    if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
      throw new BadRequestException("unsupported protocol " + parts[2]);
    }
    Headers headers = new Headers();
    for (int fields = 0; ; fields++) {
      String line = readLineBeforeEof(in, budget);
      if (line.isEmpty()) {
        break;
      }
      if (fields == MAX_FIELDS) {
        throw new BadRequestException("too many header fields");
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !isToken(line.substring(0, colon))) {
        throw new BadRequestException("malformed header field");
      }
      headers.add(line.substring(0, colon), line.substring(colon + 1).strip());
    }
    return Optional.of(new RequestHead(parts[0], parts[1], parts[2], headers));
  }

  /** Whether the client lets the connection carry another request after this one. */
  boolean keepAlive() {
    List<String> tokens = connectionTokens();
    if (version.equals("HTTP/1.0")) {
      return tokens.contains("keep-alive");
    }
    return !tokens.contains("close");
  }

  /** The declared body length: 0 without {@code Content-Length}. */
  long contentLength() {
    List<String> values = headers.getOrDefault("Content-Length", List.of());
    if (values.isEmpty()) {
      return 0;
    }
    String first = values.get(0).strip();
    for (String value : values) {
      if (!value.strip().equals(first)) {
        throw new BadRequestException("conflicting Content-Length");
      }
    }
    if (!first.matches("[0-9]{1,18}")) {
      throw new BadRequestException("bad Content-Length");
    }
    return Long.parseLong(first);
  }

  /** Whether the body is sent with a transfer coding (chunked), which this server does not read. */
  boolean hasTransferEncoding() {
    return headers.containsKey("Transfer-Encoding");
  }

  /** Whether the client waits for {@code 100 Continue} before sending the body. */
  boolean expectsContinue() {
    return "100-continue".equalsIgnoreCase(headers.getFirst("Expect"));
  }

  private List<String> connectionTokens() {
    return headers.getOrDefault("Connection", List.of()).stream()
        .flatMap(v -> List.of(v.split(",")).stream())
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .toList();
  }

  /** A line that must be there: the end of the stream before it is a bad request. */
  private static String readLineBeforeEof(InputStream in, int[] budget) throws IOException {
    return Objects.requireNonNull(readLine(in, budget, false)); // null only when eofAllowed
  }

  /** One line without its CRLF (or bare LF); null at end of stream if {@code eofAllowed}. */
  private static @Nullable String readLine(InputStream in, int[] budget, boolean eofAllowed)
      throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    boolean first = true;
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (eofAllowed && first) {
          return null;
        }
        throw new BadRequestException("request head cut short");
      }
      if (--budget[0] < 0) {
        throw new BadRequestException("request head too large");
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
          length--;
        }
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
      }
      if (line.size() == MAX_LINE_BYTES) {
        throw new BadRequestException("request line or header field too long");
      }
      line.write(b);
      first = false;
    }
  }

  private static boolean isToken(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
