package dev.errand.journal;

/**
 * How soon after the release instant errand's first action on the shop started.
 *
 * @param ms milliseconds after the release instant, on the site's clock
 * @param firstAction the step that acted first
 * @param derived true when computed from the steps because the journal has no {@code reaction}
 *     event (older journals)
 */
public record ReactionRecord(double ms, String firstAction, boolean derived) {}
