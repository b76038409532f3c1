package dev.errand.run;

import dev.errand.recipe.Phase;
import dev.errand.recipe.Step;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the steps on the page shown began, and going back there when the site refused a form
 * ({@link FormRefused}): the page is loaded again with a plain GET (in its turn in the request
 * budget, as every load), and the runner does the steps from that point again, so the fields are
 * filled and the form sent once more. At most {@link #MAX_REDOS} times in a run; each is said.
 */
final class FormRedo {

  /** Redos in a run: with the first try, four sends of a refused form at most. */
  static final int MAX_REDOS = 3;

  /**
   * Where the runner carries on: step {@code index} of {@code phase}, on the page at {@code url}.
   */
  record Point(Phase phase, int index, String url) {}

  private Optional<Point> point = Optional.empty();
  private int redos;

  /**
   * Step {@code index} of {@code phase} is about to run on the site's page at {@code url}: it
   * becomes the point to come back to when it is the first step on that page.
   */
  void stepOn(Phase phase, int index, String url) {
    if (url.isEmpty() || url.startsWith("about:")) {
      return;
    }
    if (point.isEmpty() || !point.get().url().equals(url)) {
      point = Optional.of(new Point(phase, index, url));
    }
  }

  /**
   * From now on, a refused form is sent again from step 0 of {@code phase}, on the page at {@code
   * url}.
   */
  void restartAt(Phase phase, String url) {
    point = Optional.empty();
    stepOn(phase, 0, url);
  }

  /** How many times the runner has gone back so far. */
  int redos() {
    return redos;
  }

  /** Whether a refused form can be sent again: there is a page to go back to and tries are left. */
  boolean canRedo() {
    return point.isPresent() && redos < MAX_REDOS;
  }

  /**
   * Goes back to the point's page and returns where to carry on.
   *
   * @throws IllegalStateException when {@link #canRedo} is false
   */
  Point back(
      FormRefused refused,
      dev.errand.browser.BrowserPage page,
      RunListener listener,
      Duration timeout,
      java.util.function.Function<Point, Step> stepAt) {
    Point p = point.orElseThrow(() -> new IllegalStateException("no page to go back to"));
    if (redos >= MAX_REDOS) {
      throw new IllegalStateException("no redos left");
    }
    redos++;
    listener.note(
        java.util.Objects.requireNonNullElse(refused.getMessage(), "the site refused a form")
            + ": errand goes back to "
            + p.url()
            + " and does the steps from '"
            + stepAt.apply(p).describe()
            + "' again (try "
            + (redos + 1)
            + " of "
            + (MAX_REDOS + 1)
            + ")");
    page.navigate(p.url(), timeout);
    return p;
  }
}
