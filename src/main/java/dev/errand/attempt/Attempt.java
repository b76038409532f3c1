package dev.errand.attempt;

import dev.errand.journal.AttemptFolder;
import dev.errand.run.RunResult;

/** One attempt's result and where its record is. */
public record Attempt(RunResult result, AttemptFolder folder) {}
