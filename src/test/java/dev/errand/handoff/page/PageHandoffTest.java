package dev.errand.handoff.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserPage;
import dev.errand.browser.LiveFrame;
import dev.errand.browser.LiveScreen;
import dev.errand.handoff.PageHandoff;
import dev.errand.handoff.PersonInput;
import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffPageEvent;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The page's commands are carried out on the run's thread, scaled to the viewport. */
@Timeout(30)
class PageHandoffTest {

  private Instant now = Instant.parse("2026-12-01T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final List<String> done = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<HandoffPageEvent> told = new ArrayList<>();
  private final HandoffPage pages =
      new HandoffPage(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  private final HandoffRequest request =
      new HandoffRequest(
          HandoffReason.CHALLENGE,
          "solve it",
          Optional.of(new Condition.UrlMatches("**/checkout")),
          Duration.ofSeconds(10),
          "u",
          "s",
          Optional.empty(),
          Optional.empty());

  /** A screen whose viewport is 1000 × 500 and that records what it was asked to do. */
  private final LiveScreen screen =
      new LiveScreen() {
        @Override
        public void start(int maxWidth, int maxHeight, Consumer<LiveFrame> frames) {
          frames.accept(new LiveFrame(new byte[] {1}, 0, 1000, 500));
        }

        @Override
        public void stop() {
          done.add("stop");
        }

        @Override
        public void click(double x, double y) {
          done.add("click " + Math.round(x) + "," + Math.round(y));
        }

        @Override
        public void wheel(double x, double y, double dx, double dy) {
          done.add("wheel " + Math.round(dy));
        }

        @Override
        public void type(String text) {
          done.add("type " + text.length());
        }

        @Override
        public void press(String key) {
          done.add("press " + key);
        }
      };

  /** A page whose condition never holds; each pause runs {@code onPause} once. */
  private BrowserPage page(Runnable onPause) {
    return (BrowserPage)
        Proxy.newProxyInstance(
            BrowserPage.class.getClassLoader(),
            new Class<?>[] {BrowserPage.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "liveScreen":
                  return Optional.of(screen);
                case "holds":
                  return false;
                case "pause":
                  now = now.plus((Duration) args[0]);
                  onPause.run();
                  return null;
                default:
                  return null;
              }
            });
  }

  private final RunListener listener =
      new RunListener() {
        @Override
        public void note(String message) {
          notes.add(message);
        }

        @Override
        public void handoffPage(HandoffRequest request, HandoffPageEvent event) {
          told.add(event);
          RunListener.super.handoffPage(request, event);
        }
      };

  @Test
  void tapsBecomeClicksOnTheViewportAndDoneCarriesOn() {
    PageSession session = pages.open(request).orElseThrow().session();
    boolean[] posted = {false};
    HandoffResult result =
        new PageHandoff(PersonInput.none(), clock, pages)
            .handOff(
                request,
                page(
                    () -> {
                      if (!posted[0]) {
                        posted[0] = true;
                        session.join("phone-device", "127.0.0.1");
                        session.post("phone-device", "tap 0.5 0.2");
                        session.post("phone-device", "scroll 0.5 0.5 0 0.5");
                        session.post("phone-device", "type secret");
                        session.post("phone-device", "key Enter");
                        session.post("phone-device", "done");
                      }
                    }),
                listener);
    assertEquals(HandoffResult.CONTINUED, result);
    assertEquals(List.of("click 500,100", "wheel 250", "type 6", "press Enter", "stop"), done);
    assertTrue(session.ended(), "the token stops working with the handoff");
    assertTrue(notes.stream().anyMatch(n -> n.contains("/h/…/")), notes.toString());
    assertTrue(
        notes.stream().anyMatch(n -> n.contains("1 tap, 1 scroll, 7 keys")), notes.toString());
    assertTrue(told.get(0) instanceof HandoffPageEvent.Served s && s.shown().endsWith("/h/…/"));
    assertEquals(new HandoffPageEvent.Opened("127.0.0.1", true), told.get(1));
    assertEquals(
        new HandoffPageEvent.Ended(1, 1, 1, 7, 0, HandoffPageEvent.Finish.DONE), told.get(2));
    assertTrue(notes.stream().noneMatch(n -> n.contains("secret")), notes.toString());
  }

  @Test
  void abortStopsAndNothingPostedByAViewerIsCarriedOut() {
    PageSession session = pages.open(request).orElseThrow().session();
    boolean[] posted = {false};
    HandoffResult result =
        new PageHandoff(PersonInput.none(), clock, pages)
            .handOff(
                request,
                page(
                    () -> {
                      if (!posted[0]) {
                        posted[0] = true;
                        session.join("phone-device", "127.0.0.1");
                        session.join("tablet-device", "127.0.0.1");
                        session.post("tablet-device", "tap 0.1 0.1");
                        session.post("phone-device", "abort");
                      }
                    }),
                listener);
    assertEquals(HandoffResult.ABORTED, result);
    assertEquals(List.of("stop"), done);
    assertEquals(
        new HandoffPageEvent.Ended(2, 0, 0, 0, 1, HandoffPageEvent.Finish.ABORT),
        told.get(told.size() - 1));
  }

  @Test
  void withoutAnyoneItGivesUpAtTheTimeout() {
    HandoffResult result =
        new PageHandoff(PersonInput.none(), clock, pages)
            .handOff(request, page(() -> {}), listener);
    assertEquals(HandoffResult.TIMED_OUT, result);
    assertEquals(
        new HandoffPageEvent.Ended(0, 0, 0, 0, 0, HandoffPageEvent.Finish.TIMED_OUT),
        told.get(told.size() - 1));
  }

  @Test
  void thePageSaysWhenErrandCarriesOnByItselfAndWhenTheRunStops() throws Exception {
    PageSession session = pages.open(request).orElseThrow().session();
    HandoffResult result =
        new PageHandoff(PersonInput.none(), clock, pages)
            .handOff(request, page(() -> {}), listener);
    assertEquals(HandoffResult.TIMED_OUT, result);
    assertEquals(
        "errand stopped waiting after 10s: the run ends here",
        session.await("d", -1, -1, Duration.ZERO).status());

    PageSession next = pages.open(request).orElseThrow().session();
    BrowserPage closing =
        page(
            () -> {
              throw new IllegalStateException("the browser closed");
            });
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class,
        () ->
            new PageHandoff(PersonInput.none(), clock, pages).handOff(request, closing, listener));
    assertTrue(
        next.await("d", -1, -1, Duration.ZERO).status().startsWith("the run is stopping"),
        next.await("d", -1, -1, Duration.ZERO).status());
  }
}
