package dev.errand.run;

import dev.errand.browser.BrowserPage;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Purchases;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.timing.ReleaseWaiter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Follows the steps as they run and keeps where a run may come back to after a browser crash: the
 * step after the last safe point (a {@code checkpoint}, a completed navigation: a goto, a reload or
 * a step after which the page's address changed) with the page it was on there. A step that buys
 * (see {@link Purchases}) is a safe point too, so it is never run again; one that started and did
 * not finish may have bought, so the run comes back after it, with the page checked first.
 */
final class SafePoints implements RunListener {

  /** Where to come back to: the point to run from, the page to reopen, and a buy to check. */
  record Resume(Optional<FormRedo.Point> from, String url, Optional<Bought> bought) {}

  /** A step that bought (or may have): what it was, and where it was in the recipe. */
  record Bought(Phase phase, int index, Step step, boolean finished) {}

  private final BrowserPage page;
  private List<Step> atRelease = List.of();
  private FormRedo.@Nullable Point safe;
  private @Nullable Bought bought;
  private @Nullable Bought buying;
  private String urlBefore = "";

  SafePoints(BrowserPage page) {
    this.page = page;
  }

  /** Follows {@code recipe}'s steps from now on. */
  void follow(Recipe recipe) {
    atRelease = recipe.steps(Phase.AT_RELEASE);
  }

  /**
   * At the instant the page may run the at-release steps by itself, before any is reported: until
   * they are, the first of them that buys counts as started.
   */
  @Override
  public void released(Instant release, ReleaseWaiter.Fired fired) {
    urlBefore = page.url();
    for (int i = 0; i < atRelease.size(); i++) {
      if (Purchases.buys(Phase.AT_RELEASE, atRelease.get(i))) {
        buying = new Bought(Phase.AT_RELEASE, i, atRelease.get(i), false);
        return;
      }
    }
  }

  @Override
  public void stepStarted(Phase phase, int index, Step step, Instant at) {
    urlBefore = page.url();
    Bought mark = buying;
    if (Purchases.buys(phase, step)) {
      buying = new Bought(phase, index, step, false);
    } else if (mark == null || mark.phase() != phase || mark.index() <= index) {
      // a mark set at the instant stays until its own step is reported
      buying = null;
    }
  }

  @Override
  public void stepFinished(StepReport report) {
    Bought mark = buying;
    if (mark != null && mark.phase() == report.phase() && mark.index() == report.index()) {
      buying = null;
      if (report.status() != StepStatus.SKIPPED) {
        // a buying step that failed may still have sent its request: look before going on
        keep(report, new Bought(mark.phase(), mark.index(), mark.step(), true));
      }
      return;
    }
    if (report.status() != StepStatus.OK || mark != null) {
      return;
    }
    String url = page.url();
    Step step = report.step();
    boolean navigated =
        step instanceof Step.Goto || step instanceof Step.Reload || !url.equals(urlBefore);
    if (navigated || step instanceof Step.Checkpoint) {
      safe = new FormRedo.Point(report.phase(), report.index() + 1, url);
      bought = null;
    }
  }

  private void keep(StepReport report, Bought b) {
    safe = new FormRedo.Point(report.phase(), report.index() + 1, page.url());
    bought = b;
  }

  /**
   * Where to come back to now that the browser is gone: after the last safe point, or after a
   * buying step that was cut short (reopening the page it started on); from the start when there is
   * no safe point yet.
   */
  Resume resume() {
    Bought cut = buying;
    if (cut != null) {
      return new Resume(
          Optional.of(new FormRedo.Point(cut.phase(), cut.index() + 1, urlBefore)),
          urlBefore,
          Optional.of(cut));
    }
    FormRedo.Point at = safe;
    if (at == null) {
      return new Resume(Optional.empty(), "", Optional.empty());
    }
    return new Resume(Optional.of(at), at.url(), Optional.ofNullable(bought));
  }

  /** Once the run is back on its feet: a buy cut short counts as looked at. */
  void resumed(Resume resume) {
    buying = null;
    resume.from().ifPresent(p -> safe = p);
    bought = null;
  }
}
