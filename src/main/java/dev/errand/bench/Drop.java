package dev.errand.bench;

import dev.errand.demo.DemoShopConfig.SalePage;
import java.time.Duration;
import java.util.Objects;

/**
 * One drop of a bench run: every strategy buys once on a fresh shop with this clock skew and kind.
 *
 * @param number the drop's number, from 1
 * @param skew how far the shop's clock runs ahead of the true one (negative: behind)
 * @param kind the shop's sale page and mode
 */
public record Drop(int number, Duration skew, DropKind kind) {

  /** Checks that no component is null. */
  public Drop {
    Objects.requireNonNull(skew, "skew");
    Objects.requireNonNull(kind, "kind");
  }

  /** What the shop's event page shows before the sale. */
  public SalePage page() {
    return kind.page();
  }
}
