package dev.errand.run;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps cookie banners and pop-ups out of the recipe's way: closes them before each step outside
 * the release instant's critical path, while errand waits for the instant (not in its last
 * seconds), and when an action was blocked by something on top of its target, once, before trying
 * that action again. Each look is one quick look at the page that never waits for anything to
 * appear, so a banner that was accepted in an earlier run costs nothing. Tells the listener what it
 * closed.
 */
final class OverlayGuard {

  /**
   * While waiting for the instant, closer than this to it nothing is touched: the strike is set.
   */
  static final Duration QUIET_BEFORE_RELEASE = Duration.ofSeconds(3);

  private static final Logger log = LoggerFactory.getLogger(OverlayGuard.class);

  private final BrowserPage page;
  private final RunListener listener;

  OverlayGuard(BrowserPage page, RunListener listener) {
    this.page = page;
    this.listener = listener;
  }

  /**
   * Before {@code step} (not before a page load, which replaces the page anyway, nor before a
   * handoff, where the page is the person's): closes what covers the page, leaving alone the box
   * that holds the step's own target.
   */
  void beforeStep(Step step, List<Locator> rules) {
    if (step instanceof Step.Goto || step instanceof Step.Reload || step instanceof Step.Handoff) {
      return;
    }
    dismiss(rules, PageWatch.targetOf(step));
  }

  /** While waiting for the release instant, {@code left} before it. */
  void whileWaiting(Duration left, List<Locator> rules) {
    if (left.compareTo(QUIET_BEFORE_RELEASE) > 0) {
      dismiss(rules, Optional.empty());
    }
  }

  /**
   * Runs {@code action}, {@code step}'s work; when a step that acts on an element (a click, fill,
   * select, check or key press) fails, whatever the reason given (a banner that appeared late may
   * swallow the click that should open a dropdown rather than be reported as covering it), and
   * closing what covers the page closed anything, runs it once more. Nothing is looked for, and
   * nothing run again, when the step does not act on an element.
   */
  <T> T retryIfCovered(Step step, Supplier<T> action, List<Locator> rules) {
    try {
      return action.get();
    } catch (BrowserActionException e) {
      if (!actsOnAnElement(step) || dismiss(rules, Optional.empty()).isEmpty()) {
        throw e;
      }
      return action.get();
    }
  }

  private static boolean actsOnAnElement(Step step) {
    return step instanceof Step.Click
        || step instanceof Step.Fill
        || step instanceof Step.Select
        || step instanceof Step.Check
        || step instanceof Step.Press;
  }

  /** Closes what covers the page now; what it closed, each told to the listener. */
  List<String> dismiss(List<Locator> rules, Optional<Locator> keep) {
    List<String> closed;
    try {
      closed = page.dismissOverlays(rules, keep);
    } catch (BrowserActionException e) {
      log.debug("could not look for overlays: {}", e.getMessage());
      return List.of();
    }
    closed.forEach(listener::dismissed);
    return closed;
  }
}
