package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserPage;
import dev.errand.browser.QueueState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link BrowserPage#waitingRoom()} in real headless Chromium on the waiting rooms of
 * src/test/resources/waiting-rooms (served on loopback, their external scripts and styles left
 * out), and a room that comes with status 429, as Cloudflare's may: opened once, never loaded
 * again, and not an error page.
 */
@ExtendWith(SharedBrowser.class)
@Timeout(60)
class RoomDetectionIT {

  private static final Duration T = Duration.ofSeconds(10);

  private static LoopbackBrowser browser;
  private static BrowserPage page;

  @BeforeAll
  static void start(LoopbackBrowser shared) {
    browser = shared;
    page = browser.page();
  }

  private static Optional<QueueState> roomIn(String fixture) throws IOException {
    String html = local(fixture);
    browser.open(path -> html, T);
    return page.waitingRoom();
  }

  @Test
  void queueItsRoomWithItsFigures() throws IOException {
    QueueState room = roomIn("queue-it.html").orElseThrow();
    assertEquals("Queue-it waiting room", room.what());
    assertEquals(OptionalLong.of(12_345), room.position());
    assertEquals(OptionalLong.of(4_210), room.ahead());
    assertEquals(Optional.of("23 minutes"), room.estimatedWait());
  }

  @Test
  void cloudflaresAndAShopsOwnRoomByTheirWording() throws IOException {
    QueueState cloudflare = roomIn("cloudflare.html").orElseThrow();
    assertEquals("Cloudflare waiting room", cloudflare.what());
    assertEquals(Optional.of("5 minutes"), cloudflare.estimatedWait());
    QueueState own = roomIn("own-room-fr.html").orElseThrow();
    assertEquals("waiting room", own.what());
    assertEquals(OptionalLong.of(1_204), own.ahead());
  }

  @Test
  void pagesThatOnlySoundLikeOneAreNot() throws IOException {
    assertEquals(Optional.empty(), roomIn("payment-processing.html"));
    assertEquals(Optional.empty(), roomIn("event-page.html"));
  }

  @Test
  void aRoomThatComesWith429IsOpenedOnceAndIsNoErrorPage() throws IOException {
    String html = local("cloudflare.html");
    int[] loads = {0};
    browser
        .pages()
        .page(
            "/room-429",
            exchange -> {
              loads[0]++;
              exchange.getResponseHeaders().add(TestPages.STATUS, "429");
              exchange.getResponseHeaders().add("Retry-After", "1");
              return html;
            });
    String answer = page.navigate(browser.pages().url("/room-429"), T);
    assertTrue(answer.contains("429") && answer.contains("waiting room"), answer);
    assertEquals(1, loads[0], "loaded once");
    assertEquals(Optional.empty(), page.errorPage());
    assertTrue(page.waitingRoom().isPresent());
  }

  /** A fixture without what would leave loopback (scripts and styles from elsewhere, refresh). */
  private static String local(String fixture) throws IOException {
    try (InputStream in = RoomDetectionIT.class.getResourceAsStream("/waiting-rooms/" + fixture)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replaceAll("(?is)<script[^>]*\\ssrc=[^>]*>\\s*</script>", "")
          .replaceAll("(?is)<link[^>]*>", "")
          .replaceAll("(?is)<meta[^>]*http-equiv=\"refresh\"[^>]*>", "");
    }
  }
}
