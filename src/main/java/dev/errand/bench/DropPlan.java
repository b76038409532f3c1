package dev.errand.bench;

import dev.errand.demo.DemoShopConfig.SalePage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The drops of a bench run: clock skews spread evenly over −max … +max, both ends included, and the
 * sale pages taken in turn.
 */
public final class DropPlan {

  /** The skews the default plan spreads over: ±3 s. */
  public static final Duration MAX_SKEW = Duration.ofSeconds(3);

  private DropPlan() {}

  /**
   * {@code drops} skews evenly spaced from {@code -max} to {@code +max}, rounded to the
   * millisecond; a single drop gets no skew.
   *
   * @throws IllegalArgumentException when {@code drops} is below 1 or {@code max} is negative
   */
  public static List<Duration> skews(int drops, Duration max) {
    if (drops < 1) {
      throw new IllegalArgumentException("drops must be at least 1: " + drops);
    }
    if (max.isNegative()) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    List<Duration> skews = new ArrayList<>(drops);
    if (drops == 1) {
      skews.add(Duration.ZERO);
      return List.copyOf(skews);
    }
    long maxMillis = max.toMillis();
    for (int i = 0; i < drops; i++) {
      double fraction = (double) i / (drops - 1);
      skews.add(Duration.ofMillis(Math.round(-maxMillis + 2 * maxMillis * fraction)));
    }
    return List.copyOf(skews);
  }

  /**
   * {@code drops} drops with the {@link #skews} of {@code max}, the {@code pages} taken in turn, so
   * each page meets skews from across the range.
   *
   * @throws IllegalArgumentException as {@link #skews} does, or when {@code pages} is empty
   */
  public static List<Drop> drops(int drops, Duration max, List<SalePage> pages) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("at least one sale page");
    }
    List<Duration> skews = skews(drops, max);
    List<Drop> plan = new ArrayList<>(drops);
    for (int i = 0; i < drops; i++) {
      plan.add(new Drop(i + 1, skews.get(i), pages.get(i % pages.size())));
    }
    return List.copyOf(plan);
  }
}
