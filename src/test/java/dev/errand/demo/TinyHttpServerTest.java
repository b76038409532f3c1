package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shop's HTTP/1.1 server, spoken to over a raw socket. */
class TinyHttpServerTest {

  private static final Instant FIXED = Instant.parse("2031-02-03T04:05:06.789Z");

  private TinyHttpServer server;

  @BeforeEach
  void start() throws IOException {
    CallHandler echo =
        call -> {
          byte[] body =
              (call.method()
                      + " "
                      + call.uri()
                      + " "
                      + new String(call.requestBody().readAllBytes()))
                  .getBytes(StandardCharsets.UTF_8);
          if (call.uri().getPath().equals("/dated")) {
            call.responseHeaders().set("Date", "Mon, 01 Jan 2001 00:00:00 GMT");
          }
          call.sendResponseHeaders(200, body.length);
          call.responseBody().write(body);
          call.close();
        };
    server =
        TinyHttpServer.start(
            InetAddress.getLoopbackAddress(),
            0,
            8,
            echo,
            Clock.fixed(FIXED, ZoneOffset.UTC),
            Executors.defaultThreadFactory(),
            Executors.defaultThreadFactory());
  }

  @AfterEach
  void stop() throws InterruptedException {
    assertTrue(server.close(2_000), "threads ended");
  }

  @Test
  void keepsTheConnectionAliveAndDatesByItsClockUnlessTheHandlerDid() throws IOException {
    try (Socket socket = connect()) {
      String first = exchange(socket, "GET /a?x=1 HTTP/1.1\r\nHost: t\r\n\r\n");
      String second =
          exchange(socket, "POST /dated HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello");

      assertTrue(first.startsWith("HTTP/1.1 200 OK\r\n"), first);
      assertTrue(first.contains("\r\nDate: Mon, 03 Feb 2031 04:05:06 GMT\r\n"), first);
      assertTrue(first.endsWith("\r\n\r\nGET /a?x=1 "), first);
      assertTrue(second.contains("\r\nDate: Mon, 01 Jan 2001 00:00:00 GMT\r\n"), second);
      assertEquals(1, count(second, "Date:"), second);
      assertTrue(second.endsWith("POST /dated hello"), second);
    }
  }

  @Test
  void headGetsTheHeadersWithoutTheBody() throws IOException {
    try (Socket socket = connect()) {
      socket.getOutputStream().write("HEAD /h HTTP/1.1\r\nHost: t\r\n\r\n".getBytes());
      String head = readHead(socket.getInputStream());
      String after = exchange(socket, "GET /next HTTP/1.1\r\nHost: t\r\n\r\n");

      assertTrue(head.contains("\r\nContent-Length: 8\r\n"), head);
      assertTrue(head.endsWith("\r\n\r\n"), head);
      assertTrue(after.endsWith("GET /next "), "the connection is still in step: " + after);
    }
  }

  @Test
  void closesWhenAskedAndRefusesWhatItCannotRead() throws IOException {
    try (Socket socket = connect()) {
      String closing = exchange(socket, "GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
      assertTrue(closing.contains("\r\nConnection: close\r\n"), closing);
      assertEquals(-1, socket.getInputStream().read(), "closed after the answer");
    }
    try (Socket socket = connect()) {
      String bad = exchange(socket, "NONSENSE\r\n\r\n");
      assertTrue(bad.startsWith("HTTP/1.1 400 Bad Request\r\n"), bad);
    }
    try (Socket socket = connect()) {
      String chunked =
          exchange(
              socket,
              "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
      assertTrue(chunked.startsWith("HTTP/1.1 501 Not Implemented\r\n"), chunked);
    }
  }

  @Test
  void answersExpectContinueBeforeReadingTheBody() throws IOException {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "PUT /up HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String interim = readHead(socket.getInputStream());
      out.write("ok".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String answer = readResponse(socket.getInputStream());

      assertEquals("HTTP/1.1 100 Continue\r\n\r\n", interim);
      assertTrue(answer.endsWith("PUT /up ok"), answer);
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort());
    socket.setSoTimeout(5_000);
    return socket;
  }

  /** Sends {@code request} and reads one response (Content-Length framed, or up to close). */
  private static String exchange(Socket socket, String request) throws IOException {
    socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return readResponse(socket.getInputStream());
  }

  private static String readResponse(InputStream in) throws IOException {
    String head = readHead(in);
    int at = head.indexOf("\r\nContent-Length: ");
    if (head.startsWith("HTTP/1.1 200") && at >= 0) {
      int end = head.indexOf("\r\n", at + 2);
      int length = Integer.parseInt(head.substring(at + 18, end));
      return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
    return head;
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      bytes.write(b);
      boolean cr = b == '\r' && state % 2 == 0;
      boolean lf = b == '\n' && state % 2 == 1;
      state = cr || lf ? state + 1 : 0;
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  private static int count(String text, String part) {
    return text.split(part, -1).length - 1;
  }
}
