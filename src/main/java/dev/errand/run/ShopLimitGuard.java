package dev.errand.run;

import dev.errand.browser.BrowserPage;
import dev.errand.browser.ShopLimit;
import dev.errand.browser.recognition.LimitWording;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * errand never selects more than the shop's per-customer limit: it reads the limit where the page
 * states it (its wording, the quantity list's largest number, a number field's {@code max}) and
 * refuses, before acting, a select or fill of a quantity control with a larger number, and, before
 * the release instant, a recipe whose {@code quantity} is larger than the limit the sale page
 * states. Every limit seen is noted once (so the journal records it); a refusal names the limit and
 * where errand read it.
 */
final class ShopLimitGuard {

  private static final Pattern WHOLE = Pattern.compile("\\s*\\d{1,4}\\s*");

  private final BrowserPage page;
  private final RunListener listener;
  private final Set<String> noted = new HashSet<>();

  ShopLimitGuard(BrowserPage page, RunListener listener) {
    this.page = page;
    this.listener = listener;
  }

  /**
   * Before the instant, on the page the sale opens on: the run's end when the recipe's quantity
   * must not be bought (the page states a smaller limit), at the step that would select it; empty
   * when it may.
   */
  Optional<RunResult> beforeRelease(Recipe recipe) {
    Optional<ShopLimit> limit = read(Optional.empty());
    if (limit.isEmpty()) {
      return Optional.empty();
    }
    int most = limit.get().most();
    String quantity = Integer.toString(recipe.quantity());
    // the recipe's quantity, and any number an at-release step puts in a control named a quantity
    // (the page may run those steps itself at the instant, with no look in between)
    Optional<Step> over =
        recipe.steps(Phase.AT_RELEASE).stream()
            .filter(step -> overLimit(step, most, quantity))
            .findFirst();
    if (over.isEmpty() && recipe.quantity() <= most) {
      return Optional.empty();
    }
    int wanted = over.map(step -> Integer.parseInt(numberIn(step))).orElse(recipe.quantity());
    String why =
        "the recipe asks for "
            + wanted
            + ", but the shop allows "
            + limit.get().describe()
            + "; errand never buys more than the shop's per-customer limit: set the recipe's"
            + " quantity to "
            + most
            + " or less";
    Optional<Step> at =
        over.or(
            () -> recipe.allSteps().stream().filter(s -> quantity.equals(numberIn(s))).findFirst());
    return Optional.of(
        at.map(step -> RunResult.at(Outcome.FAILED, why, step))
            .orElse(RunResult.of(Outcome.FAILED, why)));
  }

  /** Whether {@code step} puts more than {@code most} in what reads as a quantity control. */
  private static boolean overLimit(Step step, int most, String quantity) {
    String number = numberIn(step);
    if (!WHOLE.matcher(number).matches() || Integer.parseInt(number) <= most) {
      return false;
    }
    Optional<Locator> target = PageWatch.targetOf(step);
    return number.equals(quantity)
        || target.filter(t -> LimitWording.namesQuantity(t.describe())).isPresent();
  }

  /** The value a select or fill step puts in, or "". */
  private static String numberIn(Step step) {
    if (step instanceof Step.Select select) {
      return select.option().text().strip();
    }
    if (step instanceof Step.Fill fill && !fill.value().secret()) {
      return fill.value().text().strip();
    }
    return "";
  }

  /**
   * Why {@code step} must not run: it selects or fills a quantity control with more than the limit
   * the page states. Empty when it may run.
   */
  Optional<String> refusal(Step step) {
    Optional<Locator> target = Optional.empty();
    String value = "";
    if (step instanceof Step.Select select) {
      target = Optional.of(select.target());
      value = select.option().text();
    } else if (step instanceof Step.Fill fill && !fill.value().secret()) {
      target = Optional.of(fill.target());
      value = fill.value().text();
    }
    if (target.isEmpty() || !WHOLE.matcher(value).matches()) {
      return Optional.empty();
    }
    int wanted = Integer.parseInt(value.strip());
    Optional<ShopLimit> limit = read(target);
    if (limit.isEmpty() || wanted <= limit.get().most()) {
      return Optional.empty();
    }
    return Optional.of(
        "errand never selects more than the shop's per-customer limit: the shop allows "
            + limit.get().describe()
            + ", and '"
            + step.describe()
            + "' asks for "
            + wanted);
  }

  /** Notes the limit the page states now, if any (after a failure: the shop's error may say it). */
  void noteStated() {
    read(Optional.empty());
  }

  private Optional<ShopLimit> read(Optional<Locator> control) {
    Optional<ShopLimit> limit;
    try {
      limit = control.isPresent() ? page.quantityLimit(control.get()) : page.statedLimit();
    } catch (RuntimeException e) {
      return Optional.empty(); // a limit errand cannot read is one it cannot name
    }
    limit
        .filter(l -> noted.add(l.describe()))
        .ifPresent(l -> listener.note("the shop's per-customer limit: " + l.describe()));
    return limit;
  }
}
