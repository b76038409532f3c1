package dev.errand.run;

import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import java.time.Duration;
import java.util.Optional;

/**
 * errand stops acting and asks the person to take over: why, what to do, how errand will know they
 * are done ({@code until}), how long it waits, and on which page.
 */
public record HandoffRequest(
    HandoffReason reason,
    String message,
    Optional<Condition> until,
    Duration timeout,
    String pageUrl,
    String site,
    Optional<String> holdTime,
    Optional<String> detected) {

  /** Whether errand started this handoff itself, on seeing {@link #detected} on the page. */
  public boolean automatic() {
    return detected.isPresent();
  }
}
