package dev.errand.demo;

import com.sun.net.httpserver.Headers;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one accepted socket: reads requests one after another (HTTP/1.1 keep-alive), hands each to
 * the handler and frames its response, until either side closes or the connection idles out. A
 * request the handler {@linkplain HttpCall#drop() dropped} gets no answer: the connection closes.
 */
final class HttpConnection implements Runnable {

  /** How long a kept-alive connection may wait for its next request. */
  static final int IDLE_MILLIS = 30_000;

  private static final Logger LOG = LoggerFactory.getLogger(HttpConnection.class);
  private static final long MAX_UNREAD_BODY = 64 * 1024;

  private final Socket socket;
  private final CallHandler handler;
  private final Clock dateClock;

  HttpConnection(Socket socket, CallHandler handler, Clock dateClock) {
    this.socket = socket;
    this.handler = handler;
    this.dateClock = dateClock;
  }

  @Override
  public void run() {
    try (socket) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(IDLE_MILLIS);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
      while (serveOne(in, out)) {
        // next request on the same connection
      }
    } catch (SocketTimeoutException e) {
      LOG.trace("idle connection from {} closed", socket.getRemoteSocketAddress());
    } catch (IOException e) {
      LOG.trace("connection from {} ended: {}", socket.getRemoteSocketAddress(), e.toString());
    }
  }

  /** Serves the next request; false when the connection should close. */
  private boolean serveOne(InputStream in, OutputStream out) throws IOException {
    RequestHead head;
    try {
      Optional<RequestHead> next = RequestHead.read(in);
      if (next.isEmpty()) {
        return false;
      }
      head = next.get();
    } catch (BadRequestException e) {
      refuse(out, 400, "Bad request: " + e.getMessage());
      return false;
    }
    if (head.hasTransferEncoding()) {
      refuse(out, 501, "Request bodies with a Transfer-Encoding are not supported.");
      return false;
    }
    URI uri;
    long length;
    try {
      uri = new URI(head.target());
      length = head.contentLength();
    } catch (URISyntaxException | BadRequestException e) {
      refuse(out, 400, "Bad request: " + e.getMessage());
      return false;
    }
    if (head.expectsContinue() && length > 0) {
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }
    RequestBody body = new RequestBody(in, length);
    HttpCall call =
        new HttpCall(head, socket.getInetAddress(), uri, body, out, dateClock, head.keepAlive());
    try {
      handler.handle(call);
    } catch (IOException | RuntimeException e) {
      LOG.warn("demo shop failed on {} {}", head.method(), head.target(), e);
      if (!call.responded() && !call.dropped()) {
        call.sendResponseHeaders(500, -1);
      }
    }
    if (call.dropped()) {
      LOG.trace("dropped {} {} without an answer", head.method(), head.target());
      return false;
    }
    if (!call.responded()) {
      LOG.warn("demo shop sent no response to {} {}", head.method(), head.target());
      call.sendResponseHeaders(500, -1);
    }
    call.close();
    return call.keepAlive() && body.drain(MAX_UNREAD_BODY);
  }

  private void refuse(OutputStream out, int status, String message) throws IOException {
    byte[] text = (message + "\n").getBytes(StandardCharsets.UTF_8);
    RequestHead none = new RequestHead("GET", "*", "HTTP/1.1", new Headers());
    HttpCall call =
        new HttpCall(
            none,
            socket.getInetAddress(),
            URI.create("/"),
            InputStream.nullInputStream(),
            out,
            dateClock,
            false);
    call.responseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    call.sendResponseHeaders(status, text.length);
    call.responseBody().write(text);
    call.close();
  }
}
