package dev.errand.check;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.PageSurvey;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks a resolved recipe on the live site as far as it goes without buying: before the first
 * purchase step ({@link FirstPurchase}) it opens pages, reloads, waits, checks conditions, closes
 * the cookie wall and clicks what neither submits a form nor pays; fields, selects, key presses and
 * the purchase step itself are only looked up, never used. Then it checks the recipe's {@code
 * logged-in:} condition, watches the page to see how it will reveal its buy controls, reads the
 * page's own release instant, and looks up the at-release steps' locators on the page as it is.
 * Each finding is one {@link CheckLine}, told as it comes.
 */
public final class CheckWalk {

  /** How long a step waits, at most, in a check (a run may wait longer). */
  static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

  /** How long the logged-in condition may take to hold. */
  static final Duration LOGIN_LOOK = Duration.ofSeconds(3);

  private static final int SUGGESTIONS = 3;

  /** What a check found, besides its lines. */
  public record Findings(int failures, Optional<PageTime> pageRelease, Reveal reveal) {}

  private final Recipe recipe;
  private final String file;
  private final BrowserPage page;
  private final PageSurvey survey;
  private final Duration stepTimeout;
  private final Duration watch;
  private final Clock clock;
  private final Consumer<CheckLine> out;
  private int failures;

  /**
   * @param file the recipe file as the person named it, for {@code file:line}
   * @param stepTimeout a step's timeout when it gives none (the profile's)
   * @param watch how long to watch the sale page for how it reveals its buy controls
   */
  public CheckWalk(
      Recipe recipe,
      String file,
      BrowserPage page,
      PageSurvey survey,
      Duration stepTimeout,
      Duration watch,
      Clock clock,
      Consumer<CheckLine> out) {
    this.recipe = recipe;
    this.file = file;
    this.page = page;
    this.survey = survey;
    this.stepTimeout = stepTimeout;
    this.watch = watch;
    this.clock = clock;
    this.out = out;
  }

  public Findings walk() {
    survey.record();
    page.confine(recipe.allowedDomains());
    Optional<FirstPurchase> first = FirstPurchase.of(recipe);
    walkArm(first);
    loggedIn();
    closeOverlays();
    String before = survey.look().text();
    page.pause(watch);
    PageSurvey.Look look = survey.look();
    boolean ticking = !before.equals(look.text());
    List<PageTime> times = PageTimes.read(look, survey.answers());
    Optional<PageTime> release = ReleaseReading.choose(times, recipe.release(), clock.instant());
    boolean buyShown = atRelease(look);
    List<Step> atRelease = recipe.steps(Phase.AT_RELEASE);
    boolean reloadsFirst = !atRelease.isEmpty() && atRelease.get(0) instanceof Step.Reload;
    Reveal reveal = Reveal.read(buyShown, survey.requests(), ticking, release, reloadsFirst);
    tell(CheckLine.Mark.NOTE, "sale page", reveal.finding(), List.of(reveal.advice()));
    releaseInstant(release);
    int after = recipe.steps(Phase.AFTER).size();
    if (after > 0) {
      tell(
          CheckLine.Mark.SKIPPED,
          "after",
          after
              + " step"
              + (after == 1 ? "" : "s")
              + " after the purchase: not checked (they need a basket)");
    }
    return new Findings(failures, release, reveal);
  }

  /** The arm steps before the first purchase; false when one failed to open its page. */
  private boolean walkArm(Optional<FirstPurchase> first) {
    List<Step> arm = recipe.steps(Phase.ARM);
    boolean ok = true;
    for (int i = 0; i < arm.size(); i++) {
      Step step = arm.get(i);
      if (first.isPresent() && !first.get().follows(Phase.ARM, i)) {
        if (first.get().phase() == Phase.ARM && first.get().index() == i) {
          lookUp(step, true, true);
        } else {
          tell(CheckLine.Mark.SKIPPED, where(step), step.describe() + ": after a purchase step");
        }
        continue;
      }
      ok &= walkStep(step);
    }
    return ok;
  }

  private boolean walkStep(Step step) {
    // a cookie wall or pop-up may have shown since the page loaded: closed before each step
    closeOverlays();
    Optional<Condition> when = step.options().when();
    if (when.isPresent() && !page.holds(when.get())) {
      tell(
          CheckLine.Mark.SKIPPED,
          where(step),
          step.describe() + ": skipped, when: " + when.get().describe() + " does not hold now");
      return true;
    }
    Duration timeout = timeout(step);
    try {
      if (step instanceof Step.Goto g) {
        String url = site(g.url());
        String answer = page.navigate(url, timeout);
        tell(CheckLine.Mark.PASS, where(step), "opened " + url + " (" + answer + ")");
        closeOverlays();
      } else if (step instanceof Step.Reload) {
        tell(CheckLine.Mark.PASS, where(step), "reloaded (" + page.reload(timeout) + ")");
        closeOverlays();
      } else if (step instanceof Step.WaitFor w) {
        waitFor(step, w.condition(), timeout);
      } else if (step instanceof Step.Expect e) {
        waitFor(step, e.condition(), timeout);
      } else if (step instanceof Step.Click c) {
        click(step, c.target(), timeout);
      } else if (step instanceof Step.Poll p) {
        tell(
            page.holds(p.until()) ? CheckLine.Mark.PASS : CheckLine.Mark.NOTE,
            where(step),
            step.describe() + (page.holds(p.until()) ? ": holds now" : ": does not hold now"));
      } else if (step instanceof Step.Handoff) {
        tell(CheckLine.Mark.SKIPPED, where(step), step.describe() + ": the person's part");
      } else if (step instanceof Step.Screenshot || step instanceof Step.Checkpoint) {
        return true;
      } else {
        lookUp(step, true, false);
      }
    } catch (BrowserActionException e) {
      fail(step, step.describe() + ": " + e.getMessage(), target(step));
      return !(step instanceof Step.Goto || step instanceof Step.Reload);
    }
    return true;
  }

  private void waitFor(Step step, Condition condition, Duration timeout) {
    String matched = page.waitFor(condition, timeout);
    tell(
        CheckLine.Mark.PASS,
        where(step),
        step.describe()
            + (matched.isBlank() || step.describe().contains(matched) ? "" : " (" + matched + ")"));
  }

  /** Clicks {@code target} unless it submits a form or pays; looks it up either way. */
  private void click(Step step, Locator target, Duration timeout) {
    page.waitFor(new Condition.Visible(target), timeout);
    if (survey.submits(target) || page.isPaymentControl(target)) {
      tell(
          CheckLine.Mark.PASS,
          where(step),
          step.describe() + ": found; not clicked (it submits a form or pays)");
      return;
    }
    String matched = page.click(target, timeout);
    tell(CheckLine.Mark.PASS, where(step), step.describe() + ": clicked (" + matched + ")");
    closeOverlays();
  }

  /**
   * Looks {@code step}'s locator up on the page now, without acting. A miss is a failure when
   * {@code mustShow}, else a note for the release.
   */
  private boolean lookUp(Step step, boolean mustShow, boolean purchase) {
    Optional<Locator> target = target(step);
    if (target.isEmpty()) {
      tell(CheckLine.Mark.SKIPPED, where(step), step.describe() + ": runs at the release");
      return false;
    }
    String not =
        purchase ? " (the purchase step: not clicked)" : " (not used: check acts on nothing here)";
    int n = survey.visibleMatches(target.get());
    if (n > 0) {
      tell(CheckLine.Mark.PASS, where(step), step.describe() + ": on the page" + not);
      return true;
    }
    if (mustShow) {
      fail(step, step.describe() + ": nothing on the page matches", target);
    } else {
      tell(
          CheckLine.Mark.NOTE,
          where(step),
          step.describe() + ": not on the page yet (it shows at the release)");
    }
    return false;
  }

  /**
   * The at-release steps' locators on the page as it is. Misses are failures when the sale page
   * shows its buy controls already (another at-release control is there) or the release has passed;
   * else they are for the release. Returns whether an at-release control is on the page.
   */
  private boolean atRelease(PageSurvey.Look look) {
    List<Step> steps = recipe.steps(Phase.AT_RELEASE);
    List<Step> misses = new ArrayList<>();
    boolean shown = false;
    List<CheckLine> found = new ArrayList<>();
    for (Step step : steps) {
      Optional<Locator> target = target(step);
      if (target.isEmpty()) {
        found.add(
            new CheckLine(
                CheckLine.Mark.SKIPPED, where(step), step.describe() + ": runs at the release"));
        continue;
      }
      if (survey.visibleMatches(target.get()) > 0) {
        found.add(
            new CheckLine(
                CheckLine.Mark.PASS,
                where(step),
                step.describe() + ": on the page (not used before the release)"));
        // a control the at-release steps act on is there: the sale page shows its buy controls
        shown |= !(step instanceof Step.WaitFor || step instanceof Step.Expect);
      } else {
        misses.add(step);
        found.add(new CheckLine(CheckLine.Mark.NOTE, where(step), ""));
      }
    }
    // without a release time the instant is for --at to say: misses wait for it
    boolean released = recipe.release().map(r -> !r.isAfter(clock.instant())).orElse(false);
    boolean mustShow = shown || released;
    for (CheckLine line : found) {
      if (!line.what().isEmpty()) {
        out.accept(line);
        continue;
      }
      Step step = misses.remove(0);
      Optional<Locator> target = target(step);
      if (mustShow) {
        fail(step, step.describe() + ": nothing on the page matches", target, look);
      } else {
        tell(
            CheckLine.Mark.NOTE,
            where(step),
            step.describe() + ": not on the page yet (it shows at the release)");
      }
    }
    return shown;
  }

  private void loggedIn() {
    Optional<Condition> condition = recipe.loggedIn();
    if (condition.isEmpty()) {
      return;
    }
    Condition c = condition.get();
    try {
      page.waitFor(c, LOGIN_LOOK);
      tell(CheckLine.Mark.PASS, "logged-in", c.describe() + ": logged in");
    } catch (BrowserActionException e) {
      failures++;
      out.accept(
          new CheckLine(
              CheckLine.Mark.FAIL,
              "logged-in",
              c.describe() + ": not logged in",
              LoginAdvice.lines(c)));
    }
  }

  private void releaseInstant(Optional<PageTime> release) {
    Optional<Instant> recipeRelease = recipe.release();
    if (release.isEmpty()) {
      tell(
          CheckLine.Mark.NOTE,
          "release",
          "the page keeps no release instant errand can read (no <time datetime>, data-* time,"
              + " script or API time)");
      return;
    }
    PageTime p = release.get();
    String from =
        "from "
            + p.where()
            + (p.key().isEmpty() || p.where().contains(p.key()) ? "" : " (" + p.key() + ")");
    if (recipeRelease.isEmpty()) {
      tell(
          CheckLine.Mark.NOTE,
          "release",
          "the page says " + ReleaseReading.time(p.instant(), 3) + ", " + from,
          List.of("the recipe has no release time: `release: " + p.instant() + "`"));
      return;
    }
    String line = ReleaseReading.compare(p, recipeRelease.get()) + " (" + from + ")";
    if (ReleaseReading.early(p, recipeRelease.get())) {
      failures++;
      out.accept(
          new CheckLine(
              CheckLine.Mark.FAIL,
              "release",
              line,
              List.of(
                  "errand never acts early by the site's clock, but this is early by intent: set"
                      + " `release: "
                      + p.instant()
                      + "` (or --at "
                      + p.instant()
                      + ")")));
    } else {
      tell(CheckLine.Mark.PASS, "release", line);
    }
  }

  private void fail(Step step, String what, Optional<Locator> target) {
    fail(step, what, target, survey.look());
  }

  private void fail(Step step, String what, Optional<Locator> target, PageSurvey.Look look) {
    failures++;
    List<String> details = new ArrayList<>();
    if (target.isPresent()) {
      List<CloseControls.Match> close =
          CloseControls.closest(target.get(), look.controls(), SUGGESTIONS);
      if (close.isEmpty()) {
        details.add("nothing on the page reads like it");
      } else {
        details.add("closest on the page:");
        for (CloseControls.Match m : close) {
          details.add("  " + describe(m.control()));
        }
        details.add("this line would match: " + YamlLine.of(step, close.get(0).locator()));
      }
    }
    out.accept(new CheckLine(CheckLine.Mark.FAIL, where(step), what, details));
  }

  private static String describe(PageSurvey.Control c) {
    StringBuilder s = new StringBuilder(c.role().isEmpty() ? "element" : c.role());
    if (!c.name().isEmpty()) {
      s.append(" \"").append(c.name()).append('"');
    }
    if (!c.label().isEmpty() && !c.label().equals(c.name())) {
      s.append(", label \"").append(c.label()).append('"');
    }
    if (!c.text().isEmpty() && !c.text().equals(c.name())) {
      String text = c.text().length() > 60 ? c.text().substring(0, 59) + "…" : c.text();
      s.append(", text \"").append(text).append('"');
    }
    if (!c.testId().isEmpty()) {
      s.append(", testid ").append(c.testId());
    }
    return s.toString();
  }

  private void closeOverlays() {
    for (String closed : page.dismissOverlays(recipe.dismiss(), Optional.empty())) {
      tell(CheckLine.Mark.PASS, "overlays", "closed " + closed);
    }
  }

  /** The locator a step acts on or waits for (a visible condition's), if it has one. */
  static Optional<Locator> target(Step step) {
    if (step instanceof Step.Click c) {
      return Optional.of(c.target());
    } else if (step instanceof Step.Fill f) {
      return Optional.of(f.target());
    } else if (step instanceof Step.Select s) {
      return Optional.of(s.target());
    } else if (step instanceof Step.Check c) {
      return Optional.of(c.target());
    } else if (step instanceof Step.Press p) {
      return p.target();
    } else if (step instanceof Step.WaitFor w && w.condition() instanceof Condition.Visible v) {
      return Optional.of(v.locator());
    } else if (step instanceof Step.Expect e && e.condition() instanceof Condition.Visible v) {
      return Optional.of(v.locator());
    }
    return Optional.empty();
  }

  private Duration timeout(Step step) {
    Duration t = step.options().timeout().orElse(stepTimeout);
    return t.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : t;
  }

  private String site(String url) {
    URI site = recipe.site();
    return site.resolve(url.trim()).toString();
  }

  private String where(Step step) {
    int line = step.options().pos().line();
    return line > 0 ? file + ":" + line : file;
  }

  private void tell(CheckLine.Mark mark, String where, String what) {
    tell(mark, where, what, List.of());
  }

  private void tell(CheckLine.Mark mark, String where, String what, List<String> details) {
    if (mark == CheckLine.Mark.FAIL) {
      failures++;
    }
    out.accept(new CheckLine(mark, where, what, details));
  }
}
