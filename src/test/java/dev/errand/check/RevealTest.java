package dev.errand.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.PageSurvey.Request;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a sale page will reveal its buy controls, from what it did while errand watched. */
class RevealTest {

  private static Request get(String url, long atMs) {
    return new Request("GET", url, "fetch", Duration.ofMillis(atMs));
  }

  @Test
  void oneEndpointAskedAgainAndAgainIsPolling() {
    List<Request> requests =
        List.of(
            get("https://s/api/status?t=1", 120),
            get("https://s/analytics", 300),
            get("https://s/api/status?t=2", 1118),
            get("https://s/api/status?t=3", 2121),
            get("https://s/api/status?t=4", 3125));
    Reveal r = Reveal.read(false, requests, true, Optional.empty(), false);
    assertEquals(Reveal.Kind.POLLING, r.kind());
    assertEquals("this page polls /api/status every 1 s", r.finding());
    assertTrue(r.advice().contains("a reload at the instant is faster"), r.advice());
    assertTrue(r.advice().contains("put `- reload` first in at-release"), r.advice());
  }

  @Test
  void aPageThatFetchesOnceAndTicksIsACountdown() {
    PageTime target =
        new PageTime(
            Instant.parse("2026-12-05T16:54:03.063Z"), "the answer of /api/e", "opensAt", "", 3);
    Reveal r =
        Reveal.read(false, List.of(get("https://s/api/e", 50)), true, Optional.of(target), false);
    assertEquals(Reveal.Kind.COUNTDOWN, r.kind());
    assertTrue(r.finding().contains("16:54:03.063"), r.finding());
  }

  @Test
  void aPageThatNeitherTicksNorAsksIsServerRendered() {
    PageTime inMarkup =
        new PageTime(Instant.parse("2026-12-05T16:54:03Z"), "a <time datetime>", "datetime", "", 0);
    Reveal r = Reveal.read(false, List.of(), false, Optional.of(inMarkup), true);
    assertEquals(Reveal.Kind.SERVER, r.kind());
    assertEquals("the recipe's at-release starts with reload already", r.advice());
  }

  @Test
  void buyControlsShownAlreadyAndLiveConnections() {
    assertEquals(
        Reveal.Kind.SHOWN, Reveal.read(true, List.of(), true, Optional.empty(), false).kind());
    Reveal push =
        Reveal.read(
            false,
            List.of(new Request("GET", "wss://s/live", "websocket", Duration.ZERO)),
            false,
            Optional.empty(),
            false);
    assertEquals(Reveal.Kind.PUSH, push.kind());
  }
}
