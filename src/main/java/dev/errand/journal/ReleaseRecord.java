package dev.errand.journal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The release instant and, when the run got there, how errand fired at it ({@code release} event).
 *
 * @param instant the release instant, on the site's clock
 * @param reached whether the run reached the instant (a {@code release} event exists)
 * @param firedMs when errand fired, relative to the instant (the margin for the clock's uncertainty
 *     plus how late the wait returned)
 * @param marginMs the planned margin for the clock's uncertainty
 * @param lateMs how late the wait returned after the planned fire time
 * @param clock how the site's clock was known at the time
 */
public record ReleaseRecord(
    Instant instant,
    boolean reached,
    OptionalDouble firedMs,
    OptionalDouble marginMs,
    OptionalDouble lateMs,
    Optional<String> clock) {}
