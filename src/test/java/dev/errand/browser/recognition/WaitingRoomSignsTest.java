package dev.errand.browser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.QueueState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Waiting rooms as real ones are marked up and worded (src/test/resources/waiting-rooms), and pages
 * that only sound like one. The facts are read from the HTML here as the room script reads them in
 * the page (RoomDetectionIT runs the same pages in Chromium).
 */
class WaitingRoomSignsTest {

  @Test
  void queueItsRoomByItsMarkupWithItsFigures() throws IOException {
    QueueState room = room("https://shop.example/queue", "queue-it.html").orElseThrow();
    assertEquals("Queue-it waiting room", room.what());
    assertEquals("#MainPart_lbQueueNumber", room.evidence());
    assertEquals(OptionalLong.of(12_345), room.position());
    assertEquals(OptionalLong.of(4_210), room.ahead());
    assertEquals(Optional.of("23 minutes"), room.estimatedWait());
    assertEquals("number 12,345 in line · 4,210 ahead · estimated wait 23 minutes", room.place());
  }

  @Test
  void queueItsRoomOnItsOwnHostWhateverItsMarkup() {
    RoomFacts bare =
        new RoomFacts(
            "https://lumen.queue-it.net/?c=lumen&e=aurora", "Lumen", "", "", Map.of(), List.of());
    QueueState room = WaitingRoomSigns.recognise(bare).orElseThrow();
    assertEquals("page on lumen.queue-it.net", room.evidence());
    assertEquals("the page shows no place in line", room.place());
  }

  @Test
  void figuresStillBeingWorkedOutAreNotShownAndTheExpectedTimeStandsIn() throws IOException {
    QueueState room = room("https://shop.example/queue", "queue-it-calculating.html").orElseThrow();
    assertEquals("Queue-it waiting room", room.what());
    assertEquals(OptionalLong.empty(), room.position());
    assertEquals(Optional.of("until 19:55"), room.estimatedWait());
  }

  @Test
  void cloudflaresRoomByItsWording() throws IOException {
    QueueState room = room("https://shop.example/drop", "cloudflare.html").orElseThrow();
    assertEquals("Cloudflare waiting room", room.what());
    assertEquals("title \"waiting room\"", room.evidence());
    assertEquals(Optional.of("5 minutes"), room.estimatedWait());
  }

  @Test
  void aShopsOwnRoomInFrenchByItsText() throws IOException {
    QueueState room = room("https://billets.example/attente", "own-room-fr.html").orElseThrow();
    assertEquals("waiting room", room.what());
    assertTrue(room.evidence().startsWith("text \"file d'attente\""), room.evidence());
    assertEquals(OptionalLong.of(1_204), room.ahead());
    assertEquals(Optional.of("8 minutes"), room.estimatedWait());
  }

  @Test
  void generalWordingInTitlesHeadingsAndText() {
    assertTrue(facts("You're in the queue · Shop", "", "").isPresent());
    assertTrue(facts("Shop", "You are now in line", "").isPresent());
    assertTrue(facts("Shop", "Virtual Waiting Room", "").isPresent());
    assertTrue(facts("Shop", "Sie befinden sich in der Warteschlange", "").isPresent());
    assertTrue(facts("Tienda", "Sala de espera", "").isPresent());
    QueueState text =
        facts(
                "Shop",
                "Hold tight",
                "You are in line. There are 312 people ahead of you. Your estimated wait time"
                    + " is about 4 minutes. Please don't refresh this page.")
            .orElseThrow();
    assertEquals(OptionalLong.of(312), text.ahead());
    assertEquals(Optional.of("about 4 minutes"), text.estimatedWait());
    QueueState numbered =
        facts("Shop", "", "You are in the queue. Your position in the queue is #57. Do not reload.")
            .orElseThrow();
    assertEquals(OptionalLong.of(57), numbered.position());
  }

  @Test
  void pagesThatOnlySoundLikeOneAreNot() throws IOException {
    assertEquals(
        Optional.empty(), room("https://shop.example/pay", "payment-processing.html"), "payment");
    assertEquals(
        Optional.empty(),
        room("https://shop.example/events/aurora", "event-page.html"),
        "a page with Queue-it's client script and a help line about rooms");
    assertEquals(Optional.empty(), facts("Queue Management System", "Take a number", ""));
    assertEquals(
        Optional.empty(), facts("Shop", "Join the waiting list", "Do not refresh this page."));
    assertEquals(
        Optional.empty(),
        facts("Help", "FAQ", "What is a waiting room? A queue in front of a busy sale."));
  }

  static Optional<QueueState> facts(String title, String heading, String text) {
    return WaitingRoomSigns.recognise(
        new RoomFacts("https://shop.example/", title, heading, text, Map.of(), List.of()));
  }

  static Optional<QueueState> room(String url, String fixture) throws IOException {
    return WaitingRoomSigns.recognise(read(url, html(fixture)));
  }

  static String html(String fixture) throws IOException {
    try (InputStream in =
        WaitingRoomSignsTest.class.getResourceAsStream("/waiting-rooms/" + fixture)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The facts as the room script reads them, from plain HTML (every element visible). */
  static RoomFacts read(String url, String html) {
    String title = first(html, "(?is)<title[^>]*>(.*?)</title>");
    String h1 = first(html, "(?is)<h1[^>]*>(.*?)</h1>");
    String heading = h1.isEmpty() ? first(html, "(?is)<h2[^>]*>(.*?)</h2>") : h1;
    String body = first(html, "(?is)<body[^>]*>(.*)</body>");
    Map<String, String> marked = new LinkedHashMap<>();
    for (String selector : WaitingRoomSigns.MARKUP) {
      Matcher m =
          Pattern.compile(
                  "(?is)<(\\w+)[^>]*\\sid=\"" + selector.substring(1) + "\"[^>]*>(.*?)</\\1>")
              .matcher(html);
      if (m.find()) {
        marked.put(selector, text(m.group(2)));
      }
    }
    List<String> scripts = new ArrayList<>();
    Matcher src = Pattern.compile("(?is)<script[^>]*\\ssrc=\"([^\"]+)\"").matcher(html);
    while (src.find()) {
      scripts.add(src.group(1));
    }
    return new RoomFacts(url, text(title), text(heading), text(body), marked, scripts);
  }

  private static String first(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    return m.find() ? m.group(1) : "";
  }

  private static String text(String html) {
    return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
        .replaceAll("<[^>]*>", " ")
        .replace("&nbsp;", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
