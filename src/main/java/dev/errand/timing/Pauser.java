package dev.errand.timing;

import java.time.Duration;

/**
 * A coarse wait. In a run it is the page's own pause, so the browser's events keep flowing while
 * errand waits; in tests it advances a fake clock.
 */
@FunctionalInterface
public interface Pauser {
  void pause(Duration duration);
}
