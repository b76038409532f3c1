package dev.errand.handoff.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.LiveFrame;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HandoffPageServerTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private PageSession session;
  private HandoffPageServer server;

  @BeforeEach
  void start() throws Exception {
    session =
        new PageSession(
            new PageSession.About(
                "challenge",
                "Solve the check",
                Optional.of("visible text \"Basket\""),
                Optional.empty()));
    server =
        HandoffPageServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), session);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theLinkServesTheSmallPageAndHidesItsTokenWhenShown() throws Exception {
    HttpResponse<String> page = get(server.link());
    assertEquals(200, page.statusCode());
    assertTrue(
        page.headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("default-src 'none'"));
    assertTrue(page.body().contains("Done") && page.body().contains("Abort"));
    assertFalse(page.body().contains("http://") || page.body().contains("https://"));
    assertTrue(HandoffPageServer.pageWeight() < 100_000);
    String token = server.link().getPath().split("/", -1)[2];
    assertTrue(token.length() >= 43, token); // 256 bits, base64url
    assertFalse(server.shown().contains(token));
    assertTrue(server.shown().endsWith("/h/…/"), server.shown());
  }

  @Test
  void aWrongTokenOrAnEndedHandoffGetsAnEmpty404() throws Exception {
    URI link = server.link();
    URI wrong = link.resolve("/h/" + PageToken.random().value() + "/");
    assertEquals(404, get(wrong).statusCode());
    assertEquals("", get(wrong).body());
    assertEquals(404, get(link.resolve("/")).statusCode());
    assertEquals(404, get(link.resolve("/h/")).statusCode());
    session.end("done");
    assertEquals(404, get(link).statusCode());
  }

  @Test
  void theFirstDeviceControlsAndASecondOneWatchesUntilItTakesOver() throws Exception {
    session.frame(new LiveFrame(new byte[] {1, 2, 3}, 1_000, 800, 600));
    BufferedReader phone = events("phone-device-1");
    String first = nextData(phone, "state");
    assertTrue(first.contains("\"role\":\"control\"") && first.contains("Solve the check"), first);
    assertEquals("1000 800 600 AQID", nextData(phone, "frame"));
    BufferedReader tablet = events("tablet-device-2");
    assertTrue(nextData(tablet, "state").contains("\"role\":\"view\""));

    assertEquals(409, post("tablet-device-2", "tap 0.5 0.5"));
    assertEquals(204, post("phone-device-1", "tap 0.5 0.25"));
    assertEquals(Optional.of(new PageCommand.Tap(0.5, 0.25)), session.nextCommand());
    assertEquals(204, post("phone-device-1", "type hunter2"));
    assertEquals(7, session.keys());

    assertEquals(204, post("tablet-device-2", "takeover"));
    assertTrue(nextState(tablet, "\"role\":\"control\""));
    assertTrue(nextState(phone, "\"role\":\"view\""));
    assertEquals(409, post("phone-device-1", "done"));
    assertEquals(204, post("tablet-device-2", "done"));
    assertEquals(3, session.happenings().size(), session.happenings().toString());
    assertTrue(session.happenings().stream().noneMatch(h -> h.contains("hunter2")));

    session.end("errand carries on");
    assertTrue(nextState(phone, "\"ended\":true"));
  }

  @Test
  void theStateCarriesTheCountdownsWhenKnown() throws Exception {
    session.deadlines(Instant.now().plusSeconds(600), Optional.of(Instant.now().plusSeconds(300)));
    String state = nextData(events("phone-device-1"), "state");
    assertTrue(state.contains("\"givesUpIn\":") && state.contains("\"holdLeft\":"), state);
    session.status("errand carries on by itself");
    session.end("done");
  }

  @Test
  void commandsOutsideThePictureOrUnknownAreRefused() {
    assertEquals(Optional.empty(), PageCommand.parse("tap 1.5 0.2"));
    assertEquals(Optional.empty(), PageCommand.parse("tap NaN 0.2"));
    assertEquals(Optional.empty(), PageCommand.parse("key Delete; rm"));
    assertEquals(Optional.of(new PageCommand.Key("Enter")), PageCommand.parse("key Enter"));
    assertEquals(
        Optional.of(new PageCommand.Scroll(0.5, 0.5, 0, 0.3)),
        PageCommand.parse("scroll 0.5 0.5 0 0.3"));
    assertEquals(Optional.empty(), PageCommand.parse("reload"));
  }

  /** Whether a state event holding {@code text} comes (skipping older states). */
  private static boolean nextState(BufferedReader in, String text) throws Exception {
    while (true) {
      if (nextData(in, "state").contains(text)) {
        return true;
      }
    }
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private int post(String device, String line) throws Exception {
    return http.send(
            HttpRequest.newBuilder(server.link().resolve("input?d=" + device))
                .POST(HttpRequest.BodyPublishers.ofString(line))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private BufferedReader events(String device) throws Exception {
    HttpResponse<InputStream> r =
        http.send(
            HttpRequest.newBuilder(server.link().resolve("events?d=" + device)).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, r.statusCode());
    return new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
  }

  /** The data of the next event named {@code name}, skipping others. */
  private static String nextData(BufferedReader in, String name) throws Exception {
    String event = "";
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.startsWith("event: ")) {
        event = line.substring(7);
      } else if (line.startsWith("data: ") && event.equals(name)) {
        return line.substring(6);
      }
    }
    throw new AssertionError("the stream ended before a " + name + " event");
  }
}
