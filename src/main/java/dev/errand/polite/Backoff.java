package dev.errand.polite;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to leave a site alone after its {@code n}-th refusal in a row when it did not say (no
 * readable {@code Retry-After}): 2 s, 4 s, 8 s ... up to a minute, each stretched by up to half
 * again at random, so that clients refused together do not come back together.
 */
public final class Backoff {

  static final Duration FIRST = Duration.ofSeconds(2);
  static final Duration MOST = Duration.ofSeconds(60);

  private final DoubleSupplier random;

  /** Jitter from {@code random}, a source of numbers in [0, 1). */
  public Backoff(DoubleSupplier random) {
    this.random = random;
  }

  /** With {@link Math#random()} for jitter. */
  public static Backoff jittered() {
    return new Backoff(Math::random);
  }

  /** The wait after refusal number {@code n} in a row (1 for the first). */
  public Duration after(int n) {
    long base = FIRST.toMillis() << Math.min(Math.max(0, n - 1), 10);
    long capped = Math.min(base, MOST.toMillis());
    return Duration.ofMillis(capped + (long) (capped * 0.5 * random.getAsDouble()));
  }
}
