package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The floor posts once, with its session, at the shop's true instant: never early. */
class FloorStrategyTest {

  @Test
  void postsOnceAtTheShopsInstantEvenWithTheShopsClockAhead() throws Exception {
    Duration skew = Duration.ofMillis(1500);
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofMillis(2500)).withSkew(skew).withoutRivals())) {
      Instant trueRelease = shop.releaseAt().minus(skew);
      new FloorStrategy().strike(shop);
      Reaction r = Reaction.of(shop.requestLog().matching("POST", "/basket"), trueRelease);
      assertEquals(1, r.posts());
      assertFalse(r.early(), r.toString());
      assertEquals(303, r.firstStatus(), "tickets held, not too early");
      assertEquals(
          shop.requestLog().matching("GET", "/events").get(0).session(),
          shop.requestLog().matching("POST", "/basket").get(0).session(),
          "the post uses the session of the page it opened");
    }
  }

  @Test
  void preciseWaitNeverReturnsBeforeItsInstant() throws InterruptedException {
    Instant target = Instant.now().plusMillis(15);
    PreciseWait.until(target);
    assertFalse(Instant.now().isBefore(target));
  }

  @Test
  void preciseWaitReturnsAtOnceForAPastInstant() throws InterruptedException {
    long start = System.nanoTime();
    PreciseWait.until(Instant.now().minusSeconds(5));
    assertFalse(System.nanoTime() - start > Duration.ofSeconds(1).toNanos());
  }
}
