package dev.errand.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.Detection;
import dev.errand.browser.PageSurvey;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.parse.RecipeParser;
import dev.errand.recipe.parse.VariableScope;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a check does on the page, on a fake one: it clicks only what comes before the first purchase
 * step and neither submits a form nor pays; fields and the purchase step are only looked up;
 * nothing after the purchase step is touched; a miss before the sale opens is for the release.
 */
@Timeout(10)
class CheckWalkTest {

  private static final String RECIPE =
      "apiVersion: errand/v1\n"
          + "name: Walk\n"
          + "site: https://shop.example.com/\n"
          + "release: 2030-01-01T10:00:00Z\n"
          + "arm:\n"
          + "  - goto: /event\n"
          + "  - click: {role: link, name: Tickets}\n"
          + "  - click: {role: button, name: Subscribe}\n"
          + "  - fill: {label: Email, value: a@b.c}\n"
          + "  - click: {role: button, name: Reserve}\n"
          + "    once: true\n"
          + "  - click: {role: button, name: Checkout}\n"
          + "at-release:\n"
          + "  - click: {role: button, name: Add to basket}\n"
          + "after:\n"
          + "  - click: {role: button, name: Pay}\n";

  private final FakeSite site = new FakeSite();
  private final List<CheckLine> lines = new ArrayList<>();

  private CheckWalk.Findings walk() {
    Recipe recipe = RecipeParser.parse(RECIPE, Path.of("w.yaml"), VariableScope.permissive());
    Clock clock = Clock.fixed(Instant.parse("2030-01-01T09:00:00Z"), ZoneOffset.UTC);
    return new CheckWalk(
            recipe, "w.yaml", site, site, Duration.ofSeconds(1), Duration.ZERO, clock, lines::add)
        .walk();
  }

  @Test
  void onlyWhatNeitherBuysNorSubmitsIsClicked() {
    site.present.addAll(
        List.of("Tickets", "Subscribe", "Email", "Reserve", "Checkout", "Add to basket", "Pay"));
    site.submitting.add("Subscribe");
    CheckWalk.Findings found = walk();

    assertEquals(List.of("goto https://shop.example.com/event", "click Tickets"), site.actions);
    assertEquals(0, found.failures(), lines.toString());
    assertTrue(
        line("w.yaml:8").contains("not clicked (it submits a form or pays)"), lines.toString());
    assertTrue(line("w.yaml:9").contains("not used"), lines.toString());
    assertTrue(line("w.yaml:10").contains("the purchase step: not clicked"), lines.toString());
    assertTrue(line("w.yaml:12").contains("after a purchase step"), lines.toString());
  }

  @Test
  void aMissBeforeThePurchaseFailsWithSuggestionsAndOneAtTheReleaseWaitsForIt() {
    site.present.addAll(List.of("Tickets", "Subscribe", "Email", "Reservation"));
    CheckWalk.Findings found = walk();

    assertEquals(1, found.failures(), lines.toString());
    CheckLine reserve = lines.stream().filter(l -> l.where().equals("w.yaml:10")).findFirst().get();
    assertEquals(CheckLine.Mark.FAIL, reserve.mark());
    assertTrue(
        reserve
            .details()
            .contains("this line would match: click: {role: button, name: Reservation}"),
        reserve.toString());
    CheckLine add = lines.stream().filter(l -> l.where().equals("w.yaml:14")).findFirst().get();
    assertEquals(CheckLine.Mark.NOTE, add.mark());
  }

  private String line(String where) {
    return lines.stream()
        .filter(l -> l.where().equals(where))
        .map(CheckLine::what)
        .findFirst()
        .orElse("");
  }

  /** A page whose elements are buttons named in {@link #present}, surveyed as such. */
  private static final class FakeSite implements BrowserPage, PageSurvey {
    final List<String> actions = new ArrayList<>();
    final Set<String> present = new HashSet<>();
    final Set<String> submitting = new HashSet<>();

    private static String name(Locator l) {
      if (l instanceof Locator.ByRole r) {
        return String.valueOf(r.name());
      } else if (l instanceof Locator.ByLabel b) {
        return b.label();
      }
      return l.describe();
    }

    @Override
    public String navigate(String url, Duration timeout) {
      actions.add("goto " + url);
      return "HTTP 200";
    }

    @Override
    public String reload(Duration timeout) {
      actions.add("reload");
      return "HTTP 200";
    }

    @Override
    public String click(Locator target, Duration timeout) {
      actions.add("click " + name(target));
      return name(target);
    }

    @Override
    public String fill(Locator target, String value, Duration timeout) {
      actions.add("fill " + name(target));
      return "";
    }

    @Override
    public String select(Locator target, String option, Duration timeout) {
      actions.add("select " + name(target));
      return "";
    }

    @Override
    public String check(Locator target, boolean checked, Duration timeout) {
      actions.add("check " + name(target));
      return "";
    }

    @Override
    public String press(@Nullable Locator target, String key, Duration timeout) {
      actions.add("press " + key);
      return "";
    }

    @Override
    public boolean holds(Condition condition) {
      return condition instanceof Condition.Visible v && present.contains(name(v.locator()));
    }

    @Override
    public String waitFor(Condition condition, Duration timeout) {
      if (!holds(condition)) {
        throw new BrowserActionException("timed out waiting for " + condition.describe());
      }
      return "";
    }

    @Override
    public void screenshot(Path file) {}

    @Override
    public String html() {
      return "";
    }

    @Override
    public String url() {
      return "https://shop.example.com/event";
    }

    @Override
    public String title() {
      return "";
    }

    @Override
    public void pause(Duration duration) {}

    @Override
    public void bringToFront() {}

    @Override
    public void urgent(boolean on) {}

    @Override
    public List<Detection> detect() {
      return List.of();
    }

    @Override
    public boolean isPaymentControl(Locator target) {
      return false;
    }

    @Override
    public void record() {}

    @Override
    public int visibleMatches(Locator target) {
      return present.contains(name(target)) ? 1 : 0;
    }

    @Override
    public boolean submits(Locator target) {
      return submitting.contains(name(target));
    }

    @Override
    public Look look() {
      List<Control> controls = new ArrayList<>();
      for (String p : present) {
        controls.add(new Control("button", p, "", p, "", ""));
      }
      return new Look(controls, List.of(), List.of(), "");
    }

    @Override
    public List<Request> requests() {
      return List.of();
    }

    @Override
    public List<Answer> answers() {
      return List.of();
    }
  }
}
