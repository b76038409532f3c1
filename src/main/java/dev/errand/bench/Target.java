package dev.errand.bench;

import java.util.Objects;

/**
 * A speed target next to the figure it judges. Targets are reported, never enforced.
 *
 * @param what what is measured, e.g. "errand median latency"
 * @param target the goal, e.g. "≤ 50 ms"
 * @param figure the measured figure, e.g. "12.3 ms", or "n/a" when nothing was measured
 * @param met whether the figure reaches the goal (never when nothing was measured)
 */
public record Target(String what, String target, String figure, boolean met) {

  /** Checks that no component is null. */
  public Target {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(figure, "figure");
  }

  /** {@code ✓} or {@code ✗}. */
  public String mark() {
    return met ? "✓" : "✗";
  }
}
