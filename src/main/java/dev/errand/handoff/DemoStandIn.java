package dev.errand.handoff;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResponder;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;
import java.time.Duration;

/**
 * For {@code errand demo} on a machine without a display only: answers the demo shop's own fake
 * security check, and nothing else. It acts only when the page is on the demo shop's origin and
 * shows the demo widget; anywhere else it hands over to {@code otherwise}. errand never solves a
 * real challenge.
 */
public final class DemoStandIn implements HandoffResponder {

  /** The demo shop's own widget, and its checkbox. */
  public static final String WIDGET = "[data-demo-challenge]";

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final DemoOrigin demoOrigin;
  private final HandoffResponder otherwise;

  /**
   * @param demoOrigin the demo shop's own origin, e.g. {@code http://127.0.0.1:43123}
   */
  public DemoStandIn(String demoOrigin, HandoffResponder otherwise) {
    this.demoOrigin = new DemoOrigin(demoOrigin);
    this.otherwise = otherwise;
  }

  @Override
  public HandoffResult handOff(HandoffRequest request, BrowserPage page, RunListener listener) {
    Condition widget = new Condition.Visible(new Locator.Selector(WIDGET));
    if (!demoOrigin.contains(page.url()) || !page.holds(widget)) {
      return otherwise.handOff(request, page, listener);
    }
    listener.note(
        "demo stand-in: no display here, so errand answers the demo shop's own fake security"
            + " check. It works only on the demo shop's widget; on a real site a person does this.");
    try {
      page.click(new Locator.Selector(WIDGET + " [role=checkbox]"), WAIT);
      page.waitFor(
          request.until().orElse(new Condition.Hidden(new Locator.Selector(WIDGET))), WAIT);
      return HandoffResult.DONE;
    } catch (BrowserActionException e) {
      listener.note("demo stand-in could not pass the demo check: " + e.getMessage());
      return HandoffResult.TIMED_OUT;
    }
  }
}
