package dev.errand.journal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Two attempts of the same recipe side by side: each step's duration in both, and where the time
 * went differently. Steps are paired by phase and description (the n-th occurrence with the n-th),
 * so a changed recipe still lines up where it can.
 */
public final class AttemptComparison {

  /**
   * One step in both attempts; a side is empty when the step did not run there.
   *
   * @param phase the step's phase
   * @param description the step
   * @param a the step in the first attempt
   * @param b the step in the second
   */
  public record Row(
      String phase, String description, Optional<StepRecord> a, Optional<StepRecord> b) {

    /** B's duration minus A's, when both ran it to the end. */
    public OptionalDouble deltaMs() {
      if (a.isEmpty() || b.isEmpty() || !a.get().finished() || !b.get().finished()) {
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(
          b.get().durationMs().getAsDouble() - a.get().durationMs().getAsDouble());
    }
  }

  /**
   * A run-level figure in both attempts.
   *
   * @param name what it measures
   * @param a its value in the first attempt, in milliseconds
   * @param b in the second
   */
  public record Figure(String name, OptionalDouble a, OptionalDouble b) {
    public OptionalDouble deltaMs() {
      return a.isPresent() && b.isPresent()
          ? OptionalDouble.of(b.getAsDouble() - a.getAsDouble())
          : OptionalDouble.empty();
    }
  }

  private final AttemptRecord a;
  private final AttemptRecord b;
  private final List<Row> rows;

  private AttemptComparison(AttemptRecord a, AttemptRecord b, List<Row> rows) {
    this.a = a;
    this.b = b;
    this.rows = List.copyOf(rows);
  }

  /** Whether both ran the same recipe: same name and same file hash. */
  public static boolean sameRecipe(AttemptRecord a, AttemptRecord b) {
    return a.facts().recipeName().equals(b.facts().recipeName())
        && a.facts().recipeSha256().equals(b.facts().recipeSha256());
  }

  public static AttemptComparison of(AttemptRecord a, AttemptRecord b) {
    Map<String, Row> rows = new LinkedHashMap<>();
    keyed(a)
        .forEach(
            (key, step) ->
                rows.put(
                    key,
                    new Row(
                        step.phase(), step.description(), Optional.of(step), Optional.empty())));
    keyed(b)
        .forEach(
            (key, step) -> {
              Row row = rows.get(key);
              rows.put(
                  key,
                  row == null
                      ? new Row(
                          step.phase(), step.description(), Optional.empty(), Optional.of(step))
                      : new Row(row.phase(), row.description(), row.a(), Optional.of(step)));
            });
    return new AttemptComparison(a, b, new ArrayList<>(rows.values()));
  }

  private static Map<String, StepRecord> keyed(AttemptRecord r) {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, StepRecord> out = new LinkedHashMap<>();
    for (StepRecord s : r.steps()) {
      String base = s.phase() + "\u0000" + s.description();
      int n = seen.merge(base, 1, Integer::sum);
      out.put(base + "\u0000" + n, s);
    }
    return out;
  }

  public AttemptRecord a() {
    return a;
  }

  public AttemptRecord b() {
    return b;
  }

  /** Every step, in the first attempt's order (steps only in the second come last). */
  public List<Row> rows() {
    return rows;
  }

  /** The steps whose durations differ most, biggest difference first; at most {@code n}. */
  public List<Row> biggestDifferences(int n) {
    return rows.stream()
        .filter(r -> r.deltaMs().isPresent() && r.deltaMs().getAsDouble() != 0)
        .sorted(
            Comparator.comparingDouble((Row r) -> Math.abs(r.deltaMs().getAsDouble())).reversed())
        .limit(n)
        .toList();
  }

  /** Reaction, firing, time to the last step and total duration, in both. */
  public List<Figure> figures() {
    return List.of(
        new Figure("fired after the instant", fired(a), fired(b)),
        new Figure("reaction (first action)", reaction(a), reaction(b)),
        new Figure("release to last step end", lastEnd(a), lastEnd(b)),
        new Figure(
            "whole run",
            OptionalDouble.of(a.duration().toNanos() / 1e6),
            OptionalDouble.of(b.duration().toNanos() / 1e6)));
  }

  private static OptionalDouble fired(AttemptRecord r) {
    return r.release().map(ReleaseRecord::firedMs).orElse(OptionalDouble.empty());
  }

  private static OptionalDouble reaction(AttemptRecord r) {
    return r.reaction().map(x -> OptionalDouble.of(x.ms())).orElse(OptionalDouble.empty());
  }

  private static OptionalDouble lastEnd(AttemptRecord r) {
    if (!r.timebase().relativeToRelease()) {
      return OptionalDouble.empty();
    }
    return r.steps().stream().filter(StepRecord::finished).mapToDouble(StepRecord::endMs).max();
  }
}
