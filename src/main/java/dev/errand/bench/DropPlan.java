package dev.errand.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The drops of a bench run: the kinds taken in turn, and each kind's clock skews spread evenly over
 * −max … +max, both ends included.
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
   * {@code drops} drops, the {@code kinds} taken in turn; each kind's drops get the {@link #skews}
   * of {@code max} for their own count, so every kind meets skews from −max to +max.
   *
   * @throws IllegalArgumentException as {@link #skews} does, when {@code kinds} is empty, or when
   *     there are fewer drops than kinds
   */
  public static List<Drop> drops(int drops, Duration max, List<DropKind> kinds) {
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("at least one kind");
    }
    if (drops < kinds.size()) {
      throw new IllegalArgumentException(
          "at least one drop per kind: " + drops + " drops, " + kinds.size() + " kinds");
    }
    List<List<Duration>> skewsOfKind = new ArrayList<>();
    for (int k = 0; k < kinds.size(); k++) {
      int ofKind = drops / kinds.size() + (k < drops % kinds.size() ? 1 : 0);
      skewsOfKind.add(skews(ofKind, max));
    }
    List<Drop> plan = new ArrayList<>(drops);
    for (int i = 0; i < drops; i++) {
      int k = i % kinds.size();
      plan.add(new Drop(i + 1, skewsOfKind.get(k).get(i / kinds.size()), kinds.get(k)));
    }
    return List.copyOf(plan);
  }
}
