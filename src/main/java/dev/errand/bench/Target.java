package dev.errand.bench;

import java.util.Objects;
import java.util.Optional;

/**
 * A speed target next to the figure it judges. Targets are reported, never enforced.
 *
 * @param what what is measured, e.g. "errand median latency"
 * @param target the goal, e.g. "≤ 50 ms"
 * @param figure the measured figure, e.g. "12.3 ms", or "n/a" when nothing was measured
 * @param met whether the figure reaches the goal (never when nothing was measured, nor when not
 *     judged)
 * @param notJudged why the figure is shown but not judged on this page, if it is not
 */
public record Target(
    String what, String target, String figure, boolean met, Optional<String> notJudged) {

  /** Checks that no component is null, and that a target not judged is not met either. */
  public Target {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(notJudged, "notJudged");
    met = met && notJudged.isEmpty();
  }

  /** A judged target. */
  public Target(String what, String target, String figure, boolean met) {
    this(what, target, figure, met, Optional.empty());
  }

  /** The same figure, shown but not judged, for {@code why}. */
  public Target notJudged(String why) {
    return new Target(what, target, figure, false, Optional.of(why));
  }

  /** {@code ✓}, {@code ✗}, or {@code –} when not judged. */
  public String mark() {
    return notJudged.isPresent() ? "–" : met ? "✓" : "✗";
  }

  /** The target in a report's line: {@code ✓ what: figure (target …)}, not indented. */
  public String line() {
    return mark()
        + " "
        + what
        + ": "
        + figure
        + " (target "
        + target
        + notJudged.map(why -> "; not judged here: " + why).orElse("")
        + ")";
  }
}
