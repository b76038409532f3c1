package dev.errand.check;

import java.time.Instant;

/**
 * An instant a page keeps: {@code where} it was found ("a <time datetime>", "the answer of
 * /api/events/x", "an inline script"), under which {@code key} (empty when none), as written
 * ({@code raw}), and how many digits of a second it gives ({@code fractionDigits}: 3 for
 * milliseconds).
 */
record PageTime(Instant instant, String where, String key, String raw, int fractionDigits) {}
