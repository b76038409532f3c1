package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.RequestLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drop that opens late (the shop commits the sale about 1.5 s after its announced instant, and
 * until then its page says "Sold out"): inside the recipe's release window errand tries again
 * politely and reaches payment, never a false {@code sold-out}; a {@code poll} that never holds
 * ends with its own verdict once its bound has passed.
 */
@Timeout(120)
class LateDropIT {

  @Test
  void theDemoRecipeGetsThroughADropThatOpensLate(@TempDir Path workDir) {
    // seed 8 draws a late commit of about 1.49 s of the 2 s
    CliRunner.Result r =
        new CliRunner(workDir)
            .env("ERRAND_HOME", workDir.resolve("home").toString())
            .run("demo", "--release-in", "15s", "--late-commit", "2s", "--seed", "8");

    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("inside the 10 s release window"), r.out());
    assertTrue(r.out().contains("outcome: reached-payment"), r.out());
    assertFalse(r.out().contains("outcome: sold-out"), r.out());
    RunIT.assertNoBrowserLeft();
  }

  @Test
  void aPollReloadsAServerPageUntilTheLateDropOpens(@TempDir Path workDir) throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofSeconds(6))
            .withoutRivals()
            .withSalePage(DemoShopConfig.SalePage.SERVER)
            .withLateCommit(Duration.ofSeconds(2), 8); // about 1.49 s late
    try (DemoShop shop = DemoShop.start(config)) {
      CliRunner.Result r =
          new CliRunner(Path.of("").toAbsolutePath())
              .env("ERRAND_HOME", workDir.resolve("home").toString())
              .runAgainst(
                  shop,
                  TestRecipes.path("late-server-poll.yaml").toString(),
                  workDir.resolve("attempts"));

      assertEquals(ExitCode.OK, r.exitCode(), r.toString());
      assertTrue(r.out().contains("poll: try 1"), r.out());
      List<RequestLog.Entry> adds = shop.requestLog().matching("POST", "/basket");
      assertEquals(1, adds.size(), adds.toString());
      assertEquals(303, adds.get(0).status());
      assertFalse(adds.get(0).shopTime().isBefore(shop.opensReallyAt()));
    }
    RunIT.assertNoBrowserLeft();
  }

  @Test
  void aPollThatNeverHoldsEndsWithItsVerdictAfterItsBound(@TempDir Path workDir) throws Exception {
    DemoShopConfig config = DemoShopConfig.opensIn(Duration.ofSeconds(4)).withoutRivals();
    try (DemoShop shop = DemoShop.start(config)) {
      CliRunner.Result r =
          new CliRunner(Path.of("").toAbsolutePath()) // profiles/ is here
              .env("ERRAND_HOME", workDir.resolve("home").toString())
              .runAgainst(
                  shop,
                  TestRecipes.path("never-on-sale.yaml").toString(),
                  workDir.resolve("attempts"));

      assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
      assertTrue(r.out().contains("outcome: sold-out — no Encore tickets"), r.out());
      assertTrue(r.out().contains("poll: try 2"), r.out());
      assertTrue(shop.payments().isEmpty());
    }
    RunIT.assertNoBrowserLeft();
  }
}
