package dev.errand.journal;

/**
 * Something said during the run that is not a step: a {@code note} event, or the machine having
 * slept while waiting ({@code suspended}).
 *
 * @param kind {@code note} or {@code suspended}
 * @param atMs when, relative to the release instant
 * @param message the sentence
 */
public record NoteRecord(String kind, double atMs, String message) {}
