package dev.errand.bench;

import dev.errand.demo.DemoShop;

/**
 * How one strategy treated the shop in one drop, from its set-up (a clock sync included) to its
 * end: its page loads as the shop's rate limit counts them, and what the limit said.
 *
 * @param pageLoads how many page loads it made
 * @param densestSecond the most page loads within any one second
 * @param refused how many requests the shop answered {@code 429}
 * @param violations how many page loads broke the limit: refused while shut out after a 429 (a
 *     Retry-After ignored), or sooner than the limit allows after the previous one
 */
public record Politeness(int pageLoads, int densestSecond, int refused, int violations) {

  /** What {@code shop}'s request log and rate limit say; the shop served this strategy only. */
  public static Politeness of(DemoShop shop) {
    var loads = PageLoads.of(shop.requestLog().entries());
    return new Politeness(
        loads.size(),
        PageLoads.densestWindow(loads),
        shop.rateLimited(),
        shop.rateLimitViolations());
  }
}
