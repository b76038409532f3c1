package dev.errand.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One headless policy for every command that runs a recipe. */
class HeadlessTest {

  @Test
  void theFlagWinsThenTheProfileThenTheDisplay() {
    assertEquals(new Headless(true, "--headless"), Headless.decide(true, Optional.of(false), true));
    assertEquals(
        new Headless(true, "profile browser.headless"),
        Headless.decide(false, Optional.of(true), true));
    assertEquals(
        new Headless(false, "profile browser.headless"),
        Headless.decide(false, Optional.of(false), false));
    assertEquals(
        new Headless(true, "no display here"), Headless.decide(false, Optional.empty(), false));
    assertEquals(false, Headless.decide(false, Optional.empty(), true).on());
  }
}
