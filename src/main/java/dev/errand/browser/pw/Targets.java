package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.BrowserActionException;
import dev.errand.recipe.Locator.AnyOf;
import java.util.List;
import java.util.Optional;

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

  /** Wait until {@code target} has a visible match; throws a person-readable error if none. */
  Target await(dev.errand.recipe.Locator target, Deadline deadline) {
    List<Candidate> cands = LocatorMapper.candidates(root, target);
    int i = awaitAnyVisible(cands, deadline);
    if (i < 0) {
      throw notFound(target, cands, deadline);
    }
    return target(target, cands, i);
  }

  /** The visible match of {@code target} right now, if any. */
  Optional<Target> now(dev.errand.recipe.Locator target) {
    List<Candidate> cands = LocatorMapper.candidates(root, target);
    int i = firstVisibleNow(cands);
    return i < 0 ? Optional.empty() : Optional.of(target(target, cands, i));
  }

  /** Wait until no candidate of {@code target} is visible. */
  void awaitHidden(dev.errand.recipe.Locator target, Deadline deadline) {
    List<Candidate> cands = LocatorMapper.candidates(root, target);
    while (firstVisibleWhileWaiting(cands) >= 0) {
      if (deadline.passed()) {
        throw stillVisible(target, deadline);
      }
      page.waitForTimeout(Math.min(pace.pollMs(), deadline.remainingMs()));
    }
  }

  /**
   * Wait until any candidate is visible; returns the index of the first visible one in list order,
   * or -1 when the deadline passes.
   *
   * <p>This polls at the {@link Pace} (every 25 ms, or 2 ms when urgent; each check is one round
   * trip of a few ms) instead of using {@code locator.waitFor}: Playwright's own waiting backs off
   * to 500 ms between checks and was measured noticing a button 400 ms after it appeared, too late
   * at a release instant. {@code page.waitForTimeout} keeps Playwright's events flowing between
   * checks.
   */
  int awaitAnyVisible(List<Candidate> cands, Deadline deadline) {
    while (true) {
      int i = firstVisibleWhileWaiting(cands);
      if (i >= 0) {
        return i;
      }
      if (deadline.passed()) {
        return -1;
      }
      page.waitForTimeout(Math.min(pace.pollMs(), deadline.remainingMs()));
    }
  }

  /** The index of the first candidate with a visible match now, or -1. */
  int firstVisibleNow(List<Candidate> cands) {
    for (int i = 0; i < cands.size(); i++) {
      if (countVisible(cands.get(i)) > 0) {
        return i;
      }
    }
    return -1;
  }

  /** Like {@link #firstVisibleNow}, but a page between documents counts as "nothing yet". */
  private int firstVisibleWhileWaiting(List<Candidate> cands) {
    try {
      return firstVisibleNow(cands);
    } catch (PlaywrightException e) {
      if (isTransient(e)) {
        return -1;
      }
      throw e;
    }
  }

  private int countVisible(Candidate c) {
    for (int attempt = 0; ; attempt++) {
      try {
        return c.visible().count();
      } catch (PlaywrightException e) {
        // The page navigated while counting: ask the new document.
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

  private static Target target(dev.errand.recipe.Locator target, List<Candidate> cands, int i) {
    Candidate c = cands.get(i);
    String description =
        target instanceof AnyOf || cands.size() > 1
            ? c.description() + " (" + ordinal(i + 1) + " of " + cands.size() + ")"
            : c.description();
    return new Target(c.visible().first(), description, c.scope());
  }

  private BrowserActionException notFound(
      dev.errand.recipe.Locator target, List<Candidate> cands, Deadline deadline) {
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
            + Durations.human(deadline.budget())
            + hint);
  }

  private static BrowserActionException stillVisible(
      dev.errand.recipe.Locator target, Deadline deadline) {
    return new BrowserActionException(
        target.describe() + " is still visible after " + Durations.human(deadline.budget()));
  }

  static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
