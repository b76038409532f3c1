package dev.errand.journal;

/**
 * Something said during the run that is not a step: a {@code note} event, the machine having slept
 * while waiting ({@code suspended}), or errand entering or leaving a waiting room ({@code queue}).
 *
 * @param kind {@code note}, {@code suspended} or {@code queue}
 * @param atMs when, relative to the release instant
 * @param message the sentence
 */
public record NoteRecord(String kind, double atMs, String message) {}
