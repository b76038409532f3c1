package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.MatchDescription;
import dev.errand.timing.TimeText;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Finds the element an action acts on: the first <em>visible</em> match (shops render the same
 * control twice, for mobile and desktop, and keep hidden duplicates), and for {@code any:} lists
 * the first candidate in list order that is visible once any of them is.
 */
final class Targets {

  private final Page page;
  private final Pace pace;
  private final Scope root;

  Targets(Page page, Pace pace) {
    this.page = page;
    this.pace = pace;
    this.root = Scope.of(page);
  }

  /**
   * Wait until {@code target} has a visible match; throws a person-readable error if none. When
   * urgent, the target comes with a {@link Probe} of the match, taken in the same round trip.
   */
  Target await(dev.errand.recipe.Locator target, Deadline deadline) {
    List<Candidate> cands = LocatorMapper.candidates(root, target);
    Match m = awaitAnyVisible(cands, deadline);
    if (m == null) {
      throw notFound(cands, deadline);
    }
    return target(target, cands, m);
  }

  /** The visible match of {@code target} right now, if any. */
  Optional<Target> now(dev.errand.recipe.Locator target) {
    List<Candidate> cands = LocatorMapper.candidates(root, target);
    Match m = firstVisibleNow(cands);
    return m == null ? Optional.empty() : Optional.of(target(target, cands, m));
  }

  /** Wait until no candidate of {@code target} is visible. */
  void awaitHidden(dev.errand.recipe.Locator target, Deadline deadline) {
    List<Candidate> cands = LocatorMapper.candidates(root, target);
    while (firstVisibleWhileWaiting(cands) != null) {
      if (deadline.passed()) {
        throw stillVisible(target, deadline);
      }
      page.waitForTimeout(Math.min(pace.pollMs(), deadline.remainingMs()));
    }
  }

  /**
   * Wait until any candidate is visible; returns the first visible one in list order, or null when
   * the deadline passes.
   *
   * <p>This polls at the {@link Pace} (every 25 ms, or 2 ms when urgent; each check is one round
   * trip) instead of using {@code locator.waitFor}, whose checks back off to 500 ms apart, too
   * coarse at a release instant (docs/measurements.md). {@code page.waitForTimeout} keeps
   * Playwright's events flowing between checks.
   */
  @Nullable Match awaitAnyVisible(List<Candidate> cands, Deadline deadline) {
    while (true) {
      Match m = firstVisibleWhileWaiting(cands);
      if (m != null) {
        return m;
      }
      if (deadline.passed()) {
        return null;
      }
      page.waitForTimeout(Math.min(pace.pollMs(), deadline.remainingMs()));
    }
  }

  /**
   * The first candidate with a visible match now, or null. Normally one {@code count} per
   * candidate; when urgent one {@link Probe} per candidate instead, which costs the same round trip
   * and saves the action its own look at the element.
   */
  @Nullable Match firstVisibleNow(List<Candidate> cands) {
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      if (pace.urgent()) {
        Probe probe = retried(() -> Probe.first(c.visible()));
        if (probe.state() != Probe.State.NONE) {
          return new Match(i, probe);
        }
      } else if (retried(() -> c.visible().count()) > 0) {
        return new Match(i, null);
      }
    }
    return null;
  }

  /** Like {@link #firstVisibleNow}, but a page between documents counts as "nothing yet". */
  private @Nullable Match firstVisibleWhileWaiting(List<Candidate> cands) {
    try {
      return firstVisibleNow(cands);
    } catch (PlaywrightException e) {
      if (isTransient(e)) {
        return null;
      }
      throw e;
    }
  }

  /** A read of the page, asked again (of the new document) when the page navigated meanwhile. */
  private static <T> T retried(Supplier<T> read) {
    for (int attempt = 0; ; attempt++) {
      try {
        return read.get();
      } catch (PlaywrightException e) {
        if (attempt >= 2 || !isTransient(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean isTransient(PlaywrightException e) {
    return PlaywrightErrors.mentions(e, "context was destroyed")
        || PlaywrightErrors.mentions(e, "frame was detached")
        || PlaywrightErrors.mentions(e, "because of a navigation");
  }

  private static Target target(dev.errand.recipe.Locator target, List<Candidate> cands, Match m) {
    int i = m.index();
    Candidate c = cands.get(i);
    String description =
        MatchDescription.of(target, cands.stream().map(Candidate::description).toList(), i);
    return new Target(c.visible().first(), description, c.scope(), m.probe());
  }

  private BrowserActionException notFound(List<Candidate> cands, Deadline deadline) {
    String what =
        cands.size() > 1
            ? "any of " + String.join(" | ", cands.stream().map(Candidate::description).toList())
            : cands.get(0).description();
    int hidden = 0;
    try {
      for (Candidate c : cands) {
        hidden += c.locator().count();
      }
    } catch (PlaywrightException e) {
      hidden = 0;
    }
    String hint =
        hidden == 0
            ? ""
            : hidden == 1
                ? " (1 matching element exists but is hidden)"
                : " (" + hidden + " matching elements exist but are hidden)";
    return new BrowserActionException(
        "no visible element matches "
            + what
            + " within "
            + TimeText.human(deadline.budget())
            + hint);
  }

  private static BrowserActionException stillVisible(
      dev.errand.recipe.Locator target, Deadline deadline) {
    return new BrowserActionException(
        target.describe() + " is still visible after " + TimeText.human(deadline.budget()));
  }

  /**
   * The first candidate with a visible match.
   *
   * @param index its place in the candidate list
   * @param probe the match's probe when urgent, else null
   */
  record Match(int index, @Nullable Probe probe) {}
}
