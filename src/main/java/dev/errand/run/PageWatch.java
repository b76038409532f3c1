package dev.errand.run;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.Detection;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import java.util.List;
import java.util.Optional;

/**
 * Looks at the page for what is the person's to do: a challenge to solve or a payment to make
 * (after every step and before every action), whatever the recipe says. It relies on detection, not
 * on the recipe's good will.
 */
final class PageWatch {

  private final BrowserPage page;

  PageWatch(BrowserPage page) {
    this.page = page;
  }

  /** A challenge, else payment entry, visible now; empty when neither (or the page is changing). */
  Optional<Detection> personsTurn() {
    List<Detection> seen;
    try {
      seen = page.detect();
    } catch (BrowserActionException e) {
      return Optional.empty();
    }
    return seen.stream()
        .filter(d -> d.kind() == Detection.Kind.CHALLENGE)
        .findFirst()
        .or(() -> seen.stream().filter(d -> d.kind() == Detection.Kind.PAYMENT).findFirst());
  }

  /**
   * Why {@code step} must not run: it would type into a card field or press a pay/confirm control.
   * Empty when it may run.
   */
  Optional<String> refusal(Step step) {
    Optional<Locator> target = targetOf(step);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    boolean payment;
    try {
      payment = page.isPaymentControl(target.get());
    } catch (BrowserActionException e) {
      return Optional.empty(); // the step itself will find out what is wrong with its target
    }
    if (!payment) {
      return Optional.empty();
    }
    return Optional.of(
        step instanceof Step.Click || step instanceof Step.Press
            ? "errand never presses a pay or confirm control: '" + step.describe() + "' is yours"
            : "errand never enters payment details: '" + step.describe() + "' is yours");
  }

  static Optional<Locator> targetOf(Step step) {
    if (step instanceof Step.Click click) {
      return Optional.of(click.target());
    }
    if (step instanceof Step.Fill fill) {
      return Optional.of(fill.target());
    }
    if (step instanceof Step.Select select) {
      return Optional.of(select.target());
    }
    if (step instanceof Step.Check check) {
      return Optional.of(check.target());
    }
    if (step instanceof Step.Press press) {
      return press.target();
    }
    return Optional.empty();
  }
}
