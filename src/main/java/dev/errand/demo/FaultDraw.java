package dev.errand.demo;

import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * Decides the {@link PageFault} of each page load, in the order they arrive, from a generator
 * seeded once: with the same seed, the n-th page load meets the same fault on every start. Every
 * draw takes the same three numbers whatever it decides, so one fault never shifts the next.
 * Thread-safe.
 */
final class FaultDraw {

  private final double dropShare;
  private final double errorShare;
  private final double okPageShare;
  private final SplittableRandom random;

  /**
   * @param dropShare the share of page loads dropped (0..1)
   * @param errorShare the share that fail with an error page (0..1; with {@code dropShare} at most
   *     1)
   * @param okPageShare of the failing ones, the share answered {@code 200} (0..1); of the rest,
   *     half carry {@code Retry-After}
   * @param seed the generator's seed; empty for a fresh one
   */
  FaultDraw(double dropShare, double errorShare, double okPageShare, OptionalLong seed) {
    this.dropShare = dropShare;
    this.errorShare = errorShare;
    this.okPageShare = okPageShare;
    this.random =
        seed.isPresent() ? new SplittableRandom(seed.getAsLong()) : new SplittableRandom();
  }

  /** Whether any page load can fail or be dropped at all. */
  boolean isOn() {
    return dropShare > 0 || errorShare > 0;
  }

  /** The fault of the next page load. */
  synchronized PageFault next() {
    double fate = random.nextDouble();
    double kind = random.nextDouble();
    double retryAfter = random.nextDouble();
    if (fate < dropShare) {
      return PageFault.DROP;
    }
    if (fate >= dropShare + errorShare) {
      return PageFault.NONE;
    }
    if (kind < okPageShare) {
      return PageFault.ERROR_PAGE_OK;
    }
    return retryAfter < 0.5 ? PageFault.UNAVAILABLE_RETRY_AFTER : PageFault.UNAVAILABLE;
  }
}
