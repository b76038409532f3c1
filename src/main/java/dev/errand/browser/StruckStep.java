package dev.errand.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One step a {@link Strike} did inside the page.
 *
 * @param started when it started, on this machine's clock
 * @param took how long it took
 * @param skipped its {@code when:} did not hold
 * @param failed why an optional step failed (a wait whose condition did not come in time)
 * @param matched what it acted on or waited for, described as the normal path describes it
 */
public record StruckStep(
    Instant started,
    Duration took,
    boolean skipped,
    Optional<String> failed,
    Optional<String> matched) {}
