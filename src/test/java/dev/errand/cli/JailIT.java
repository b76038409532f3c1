package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recipe is kept to its allowed domains in the browser, not only in its own {@code goto}s: a link
 * it clicks and a redirect of the shop's to another host ({@code resale.localhost}) are stopped
 * before the request leaves, and the run ends saying where the page tried to go.
 */
@Timeout(120)
class JailIT {

  @TempDir Path tmp;
  DemoShop shop;

  CliRunner cli() {
    return new CliRunner(Path.of("").toAbsolutePath())
        .env("ERRAND_HOME", tmp.resolve("home").toString());
  }

  @AfterEach
  void stop() {
    if (shop != null) {
      shop.close();
    }
    RunIT.assertNoBrowserLeft();
  }

  List<JournalEvent> journal() throws IOException {
    return StrikeIT.journal(tmp.resolve("attempts"));
  }

  CliRunner.Result run(String recipe) throws IOException {
    shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofMinutes(5)).withoutRivals());
    return cli()
        .run(
            "run",
            TestRecipes.path(recipe).toString(),
            "--site",
            shop.url().toString(),
            "--attempts",
            tmp.resolve("attempts").toString(),
            "--handoff-ends-run");
  }

  @Test
  void aClickOnALinkToAnotherHostIsStoppedBeforeItLeaves() throws IOException {
    CliRunner.Result r = run("offsite-click.yaml");
    assertEquals(0, shop.resaleVisits(), "nothing reached the other host: " + r);
    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("the page tried to go to resale.localhost (not in allowed-domains)"),
        r.toString());
    assertTrue(r.out().contains("offsite-click.yaml:8:"), "names the step: " + r);
    JournalEvent.OffSite off = StrikeIT.first(journal(), JournalEvent.OffSite.class);
    assertEquals("resale.localhost", off.host(), r.toString());
    assertEquals("a link, form or script", off.how());
    assertEquals(8, off.line());
    assertEquals("failed", StrikeIT.first(journal(), JournalEvent.Outcome.class).outcome());
  }

  @Test
  void aRedirectToAnotherHostIsStoppedBeforeItLeaves() throws IOException {
    CliRunner.Result r = run("offsite-redirect.yaml");
    assertEquals(0, shop.resaleVisits(), "nothing reached the other host: " + r);
    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(
        r.out().contains("the page tried to go to resale.localhost (not in allowed-domains)"),
        r.toString());
    assertTrue(r.out().contains("offsite-redirect.yaml:8:"), "names the step: " + r);
    JournalEvent.OffSite off = StrikeIT.first(journal(), JournalEvent.OffSite.class);
    assertEquals("resale.localhost", off.host(), r.toString());
    assertEquals("a redirect", off.how());
  }
}
