package dev.errand.journal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One step of an attempt, from its {@code step-start} and {@code step-end} events. A step with a
 * start and no end is where the run stopped ({@link #finished()} is false, result {@value
 * #UNFINISHED}).
 *
 * @param phase {@code arm}, {@code at-release} or {@code after}
 * @param index the step's index within its phase
 * @param type the step type ({@code click}, {@code wait-for}, …)
 * @param description the step as the journal describes it (secrets already masked)
 * @param line the recipe line, when known
 * @param startedAt when it started, on this machine's clock
 * @param startMs when it started, in milliseconds from the release instant on the site's clock (or
 *     from the run's start when the recipe had no release)
 * @param durationMs how long it took; empty when it never ended
 * @param result {@code ok}, {@code failed}, {@code failed-optional}, {@code skipped} or {@value
 *     #UNFINISHED}
 * @param matched what the step matched (a locator, a URL), when the journal says
 * @param message the failure or step message
 * @param retries how many extra times the step was started (or a {@code retries} field says)
 * @param status the HTTP status of the page the step loaded, when it loaded one
 */
public record StepRecord(
    String phase,
    int index,
    String type,
    String description,
    OptionalInt line,
    Instant startedAt,
    double startMs,
    OptionalDouble durationMs,
    String result,
    Optional<String> matched,
    Optional<String> message,
    int retries,
    OptionalInt status) {

  /** The result of a step that started and never ended. */
  public static final String UNFINISHED = "unfinished";

  public boolean finished() {
    return durationMs.isPresent();
  }

  public boolean ok() {
    return result.equals("ok");
  }

  public boolean failed() {
    return result.equals("failed") || result.equals(UNFINISHED);
  }

  /** When it ended, in milliseconds from the release instant; its start when it never ended. */
  public double endMs() {
    return startMs + durationMs.orElse(0);
  }

  /** {@code after #3}: the step's place in the recipe. */
  public String place() {
    return phase + " #" + (index + 1);
  }

  /** {@code step "click …" (line 29)}. */
  public String named() {
    return "\"" + description + "\"" + (line.isPresent() ? " (line " + line.getAsInt() + ")" : "");
  }
}
