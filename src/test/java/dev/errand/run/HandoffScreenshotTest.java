package dev.errand.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.browser.BrowserPage;
import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A handoff keeps a screenshot of the whole page, not the window, so the control the person must
 * find below the fold (a pay button) is in it; a {@code screenshot} step takes the whole page when
 * it says {@code full-page: true}, the window otherwise.
 */
class HandoffScreenshotTest {

  final List<String> shots = new ArrayList<>();

  final Evidence evidence =
      new Evidence() {
        @Override
        public Optional<Path> screenshot(String name, BrowserPage page) {
          shots.add("window " + name);
          return Optional.empty();
        }

        @Override
        public Optional<Path> fullPageScreenshot(String name, BrowserPage page) {
          shots.add("whole page " + name);
          return Optional.empty();
        }

        @Override
        public Optional<Path> html(String name, BrowserPage page) {
          return Optional.empty();
        }
      };

  @Test
  void aHandoffAndAFullPageScreenshotStepShowTheWholePage() {
    SiteClock clock = SiteClock.local();
    new Runner(
            new FakePage(),
            new ReleaseWaiter(clock, d -> {}),
            new RunListener() {},
            (request, p, l) -> HandoffResult.CONTINUED,
            evidence,
            RunSettings.DEFAULTS)
        .run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(
                    new Step.Screenshot("basket", false, StepOptions.DEFAULT),
                    new Step.Screenshot("summary", true, StepOptions.DEFAULT),
                    RunnerTest.handoff(HandoffReason.PAYMENT))));
    assertEquals(
        List.of("window basket", "whole page summary", "whole page handoff-payment"),
        shots.subList(0, 3));
  }
}
