package dev.errand.run;

import java.time.Duration;

/**
 * The browser was gone and errand started it again: the how-manieth time ({@code count} of at most
 * {@code max}), how long the browser was gone (from when errand noticed until the page was open
 * again), the page reopened ({@code url}, empty when none) and where the run goes on ({@code
 * resumeAt}: "from step 2 of arm (wait-for …)").
 */
public record Relaunch(int count, int max, Duration gone, String url, String resumeAt) {}
