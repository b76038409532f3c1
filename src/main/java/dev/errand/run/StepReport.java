package dev.errand.run;

import dev.errand.recipe.Phase;
import dev.errand.recipe.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What happened to one step: for the console and the journal. */
public record StepReport(
    Phase phase,
    int index,
    Step step,
    StepStatus status,
    Instant started,
    Duration duration,
    Optional<String> matched,
    Optional<String> message) {}
