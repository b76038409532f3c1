package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.attempt.SiteLock;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One identity: while one errand run is on a site, a second run on the same site is refused before
 * anything starts, even with another profile, with a line naming the run that holds it (exit 6); a
 * second run on the same profile's browser is refused with its own line (exit 7), not as a missing
 * browser. The lock is let go of when the run ends.
 */
class OneRunPerSiteIT {

  static final Path DEMO_RECIPE = Path.of("recipes/demo-shop.yaml").toAbsolutePath();

  /** Bounds a failed test; never reached otherwise. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path tmp;

  @BeforeEach
  void twoProfiles() throws IOException {
    Path profiles = Files.createDirectories(tmp.resolve("profiles"));
    String example = Files.readString(Path.of("profiles/example.conf"));
    Files.writeString(profiles.resolve("alice.conf"), example);
    Files.writeString(profiles.resolve("bob.conf"), example);
  }

  CliRunner cli() {
    return new CliRunner(tmp)
        .env("ERRAND_HOME", tmp.resolve("home").toString())
        .env("ERRAND_PROFILES", tmp.resolve("profiles").toString());
  }

  @Test
  void aSecondRunOnTheSameSiteWithAnotherProfileIsRefusedAndNamesTheFirst() throws Exception {
    java.net.URI site;
    // the second run starts while the first waits for this instant, which must still be ahead
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(15)).withoutRivals())) {
      site = shop.url();
      Path lockFile = tmp.resolve("home/locks/127.0.0.1_" + shop.url().getPort() + ".lock");
      CompletableFuture<CliRunner.Result> first =
          CompletableFuture.supplyAsync(
              () ->
                  cli()
                      .runAgainst(
                          shop,
                          DEMO_RECIPE.toString(),
                          tmp.resolve("attempts-alice"),
                          "--profile",
                          "alice"));
      awaitTrue(() -> size(lockFile) > 0, "the first run holds the site");

      long t0 = System.nanoTime();
      CliRunner.Result second =
          cli()
              .runAgainst(
                  shop, DEMO_RECIPE.toString(), tmp.resolve("attempts-bob"), "--profile", "bob");
      long tookMs = (System.nanoTime() - t0) / 1_000_000;

      assertEquals(ExitCode.SITE_BUSY, second.exitCode(), second.toString());
      assertTrue(
          second.err().contains("another errand run is on 127.0.0.1:" + shop.url().getPort()),
          second.toString());
      assertTrue(second.err().contains("profile alice"), "names the other run: " + second);
      assertTrue(second.err().contains("pid " + ProcessHandle.current().pid()), second.toString());
      assertTrue(second.err().contains("started "), second.toString());
      assertFalse(second.err().contains("doctor"), second.toString());
      assertFalse(Files.exists(tmp.resolve("attempts-bob")), "nothing started: no attempt folder");
      assertTrue(tookMs < 5_000, "refused at once: " + tookMs + " ms");

      CliRunner.Result done = first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      assertTrue(done.out().contains("outcome: "), done.toString());
      assertEquals(1, shop.requestLog().matching("POST", "/basket").size(), "one run bought");
    }
    // let go of when the run ended: the site can be taken again
    SiteLock.take(tmp.resolve("home/locks"), site, "check", Instant.now()).close();
  }

  @Test
  void aSecondRunOnTheSameProfileIsRefusedAsAProfileInUseNotAMissingBrowser() throws Exception {
    try (DemoShop shopA =
            DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(8)).withoutRivals());
        // far enough ahead that a slow first browser never makes it a release in the past
        DemoShop shopB =
            DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(90)).withoutRivals())) {
      Path singleton = tmp.resolve("home/profiles/alice/browser/SingletonLock");
      CompletableFuture<CliRunner.Result> first =
          CompletableFuture.supplyAsync(
              () ->
                  cli()
                      .runAgainst(
                          shopA,
                          DEMO_RECIPE.toString(),
                          tmp.resolve("attempts-a"),
                          "--profile",
                          "alice"));
      awaitTrue(() -> Files.isSymbolicLink(singleton), "the first run's browser is open");

      CliRunner.Result second =
          cli()
              .runAgainst(
                  shopB, DEMO_RECIPE.toString(), tmp.resolve("attempts-b"), "--profile", "alice");

      assertEquals(ExitCode.PROFILE_IN_USE, second.exitCode(), second.toString());
      assertTrue(second.err().contains("is in use by another errand run"), second.toString());
      assertFalse(second.err().contains("doctor"), "no browser is missing: " + second);
      assertFalse(second.err().contains("no browser"), second.toString());
      first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static void awaitTrue(BooleanSupplier condition, String what)
      throws InterruptedException {
    long end = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(20); // polling a condition, not waiting for time to pass
    }
  }
}
