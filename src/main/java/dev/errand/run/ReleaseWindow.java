package dev.errand.run;

import dev.errand.recipe.Recipe;
import dev.errand.timing.SiteClock;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * A recipe's release window ({@code release-window: 10s}): until the release instant plus the
 * window has passed on the site clock, a run the release's steps ended as sold out or too early is
 * tried again (a drop can open late), politely: at least {@link #SPACING} and a little jitter
 * apart, and at most once per {@link #SPACING} of the window. After the window the ending stands.
 */
final class ReleaseWindow {

  /** The least time between two tries. */
  static final Duration SPACING = Duration.ofSeconds(1);

  private final Instant release;
  private final Duration window;
  private final SiteClock clock;
  private final RandomGenerator random;

  /** The window of {@code recipe} from {@code release}, read on {@code clock}. */
  ReleaseWindow(Recipe recipe, Instant release, SiteClock clock) {
    this(release, recipe.releaseWindow(), clock, new Random());
  }

  ReleaseWindow(Instant release, Duration window, SiteClock clock, RandomGenerator random) {
    this.release = release;
    this.window = window;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Why a window cannot count: it has no release instant to count from. Empty when the recipe has
   * no window or the run has an instant.
   */
  static Optional<String> unusable(Recipe recipe) {
    if (recipe.releaseWindow().isZero() || recipe.release().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        "the release window ("
            + seconds(recipe.releaseWindow())
            + ") counts from a release instant, and this run has none: it is not used");
  }

  /**
   * What to tell the person when the run that ended with {@code ended} is tried again as try {@code
   * next}; empty when the ending stands (not sold out or too early, no window, the window passed,
   * or the tries it allows are used up).
   */
  Optional<String> again(RunResult ended, int next) {
    if (!retried(ended.outcome()) || window.isZero() || next > mostTries()) {
      return Optional.empty();
    }
    Instant now = clock.now();
    if (!now.isBefore(release.plus(window))) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s at %+.1f s, inside the %s release window: trying again (try %d)",
            what(ended.outcome()),
            Duration.between(release, now).toMillis() / 1000.0,
            seconds(window),
            next));
  }

  /** The note for an ending that stands after {@code tries} tries inside the window. */
  Optional<String> stands(RunResult ended, int tries) {
    if (!retried(ended.outcome()) || window.isZero() || tries < 2) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s at %+.1f s, after %d tries: the %s release window has passed, so it stands",
            what(ended.outcome()),
            Duration.between(release, clock.now()).toMillis() / 1000.0,
            tries,
            seconds(window)));
  }

  /** How long to wait before the next try: {@link #SPACING} plus up to a fifth of it. */
  Duration pause() {
    return SPACING.plusNanos(random.nextLong(SPACING.toNanos() / 5 + 1));
  }

  private int mostTries() {
    return (int) Math.min(Integer.MAX_VALUE - 1L, window.toNanos() / SPACING.toNanos() + 1);
  }

  private static boolean retried(Outcome outcome) {
    return outcome == Outcome.SOLD_OUT || outcome == Outcome.TOO_EARLY;
  }

  private static String what(Outcome outcome) {
    return outcome == Outcome.SOLD_OUT ? "sold out" : "not on sale yet";
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 && d.toSeconds() < 60
        ? d.toSeconds() + " s"
        : TimeText.human(d);
  }
}
