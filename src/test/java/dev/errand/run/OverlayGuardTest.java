package dev.errand.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.TargetCoveredException;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Overlays on a fake page: when errand looks for them, what it tells, and the one retry. */
@Timeout(10)
class OverlayGuardTest {

  static final StepOptions OPT = StepOptions.DEFAULT;
  static final Locator BUY = new Locator.ByRole("button", "Buy", false);
  static final Locator NO_THANKS = new Locator.ByText("No thanks", false);
  static final String BANNER = "the OneTrust cookie banner (Accept All Cookies)";

  final FakePage page = new FakePage();
  final List<String> told = new ArrayList<>();
  final RunListener listener =
      new RunListener() {
        @Override
        public void dismissed(String what) {
          told.add(what);
        }
      };

  @Test
  void beforeEachStepOutsideTheInstantItLooksOnceKeepingTheStepsTarget() {
    page.present.add(BUY.describe());
    page.overlays.add(BANNER);
    Recipe recipe =
        RunnerTest.recipe(
                Optional.of(Instant.now().minusMillis(1)),
                List.of(new Step.Goto("/event", OPT), new Step.Click(BUY, OPT)),
                List.of(new Step.Click(BUY, OPT)),
                List.of(new Step.Click(BUY, OPT)))
            .withDismiss(List.of(NO_THANKS));
    run(recipe);
    assertEquals(List.of(BANNER), told);
    // not before the goto, not at the instant: before the arm click and the after click
    assertEquals(
        List.of(
            "[" + NO_THANKS.describe() + "] keep " + BUY.describe(),
            "[" + NO_THANKS.describe() + "] keep " + BUY.describe()),
        page.dismissCalls);
  }

  @Test
  void aClickBlockedByAnOverlayIsTriedOnceMoreAfterClosingIt() {
    page.present.add(BUY.describe());
    page.coveredByOverlay.add(BUY.describe());
    OverlayGuard guard = new OverlayGuard(page, listener);
    page.overlays.add(BANNER);
    String matched =
        guard.retryIfCovered(
            new Step.Click(BUY, StepOptions.DEFAULT),
            () -> page.click(BUY, Duration.ofSeconds(1)),
            List.of());
    assertEquals(BUY.describe(), matched);
    assertEquals(List.of(BANNER), told);
    assertEquals(List.of("click " + BUY.describe(), "click " + BUY.describe()), page.actions);
  }

  @Test
  void whenNothingWasClosedTheBlockedClickFailsAsItWas() {
    OverlayGuard guard = new OverlayGuard(page, listener);
    assertThrows(
        TargetCoveredException.class,
        () ->
            guard.retryIfCovered(
                new Step.Click(BUY, StepOptions.DEFAULT),
                () -> {
                  throw new TargetCoveredException("covered", new RuntimeException());
                },
                List.of()));
    assertTrue(told.isEmpty());
    assertEquals(1, page.dismissCalls.size());
  }

  @Test
  void aSelectThatFoundNoOptionsUnderALateBannerIsTriedOnceMoreAfterClosingIt() {
    OverlayGuard guard = new OverlayGuard(page, listener);
    page.overlays.add(BANNER);
    int[] tries = {0};
    String matched =
        guard.retryIfCovered(
            new Step.Select(BUY, dev.errand.recipe.Value.of("Standing"), StepOptions.DEFAULT),
            () -> {
              if (tries[0]++ == 0) {
                throw new BrowserActionException("clicking it showed no options within 10s");
              }
              return "Standing";
            },
            List.of());
    assertEquals("Standing", matched);
    assertEquals(List.of(BANNER), told);
  }

  @Test
  void aStepThatActsOnNoElementIsNotTriedAgain() {
    OverlayGuard guard = new OverlayGuard(page, listener);
    page.overlays.add(BANNER);
    assertThrows(
        BrowserActionException.class,
        () ->
            guard.retryIfCovered(
                new Step.Goto("/event", StepOptions.DEFAULT),
                () -> {
                  throw new BrowserActionException("HTTP 503");
                },
                List.of()));
    assertTrue(page.dismissCalls.isEmpty(), "no look for a goto");
  }

  @Test
  void whileWaitingItLooksOnlyWhileTheInstantIsSecondsAway() {
    OverlayGuard guard = new OverlayGuard(page, listener);
    guard.whileWaiting(Duration.ofSeconds(10), List.of());
    guard.whileWaiting(Duration.ofSeconds(2), List.of());
    guard.whileWaiting(Duration.ofMillis(10), List.of());
    assertEquals(List.of("[] keep -"), page.dismissCalls);
  }

  @Test
  void theRunnerLooksWhileWaitingForTheInstantButNotInItsLastSeconds() {
    // the site's time: real time plus every pause, so waits take no time but spins still end
    Instant start = Instant.parse("2031-05-06T07:08:00Z");
    long t0 = System.nanoTime();
    Duration[] paused = {Duration.ZERO};
    SiteClock clock =
        new SiteClock() {
          @Override
          public Instant now() {
            return start.plus(paused[0]).plusNanos(System.nanoTime() - t0);
          }

          @Override
          public String describe() {
            return "fake";
          }
        };
    Recipe recipe =
        RunnerTest.recipe(
            Optional.of(start.plusSeconds(10)),
            List.of(new Step.Goto("/event", OPT)),
            List.of(new Step.Reload(OPT)),
            List.of());
    page.overlays.add(BANNER);
    new Runner(
            page,
            new ReleaseWaiter(clock, d -> paused[0] = paused[0].plus(d)),
            listener,
            (request, p, l) -> HandoffResult.DONE,
            Evidence.NONE,
            RunSettings.DEFAULTS)
        .run(recipe);
    assertEquals(List.of(BANNER), told);
    // one look a second, from 10 s before the instant until 3 s before it
    assertEquals(7, page.dismissCalls.size(), page.dismissCalls.toString());
  }

  private void run(Recipe recipe) {
    new Runner(
            page,
            new ReleaseWaiter(SiteClock.local(), d -> {}),
            listener,
            (request, p, l) -> HandoffResult.DONE,
            Evidence.NONE,
            RunSettings.DEFAULTS)
        .run(recipe);
  }
}
