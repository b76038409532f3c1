package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.attempt.Attempt;
import dev.errand.attempt.AttemptOptions;
import dev.errand.attempt.AttemptServices;
import dev.errand.attempt.Narration;
import dev.errand.attempt.Preparation;
import dev.errand.attempt.Responders;
import dev.errand.attempt.WatchRunner;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.RequestLog;
import dev.errand.journal.AttemptReader;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.event.JournalEvent;
import dev.errand.profile.ProfileLoader;
import dev.errand.recipe.Condition;
import dev.errand.run.Outcome;
import dev.errand.run.RunListener;
import dev.errand.watch.ScheduleParser;
import dev.errand.watch.WatchCondition;
import dev.errand.watch.WatchPlan;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand watch} end to end, headless Chromium against the demo shop: a watch checking every
 * 10 s catches a cancellation and hands off at payment; a watch against a shop that answers 429
 * backs off and never sends a page load inside a {@code Retry-After}. The shop times requests as
 * they arrive, so this runs alone, at the polite pacing of every real run.
 */
@Tag("alone")
class WatchIT {

  static final Path WATCH_RECIPE = Path.of("recipes/demo-watch.yaml").toAbsolutePath();

  @TempDir Path tmp;
  DemoShop shop;

  @AfterEach
  void stop() {
    if (shop != null) {
      shop.close();
    }
    RunIT.assertNoBrowserLeft();
  }

  @Test
  @Timeout(180)
  void aTenSecondWatchCatchesACancellationAndHandsOffAtPayment() throws IOException {
    shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ZERO).withStock(0).withoutRivals());
    shop.cancellations(Duration.ofSeconds(15), 42, 2);
    Preparation.Prepared prepared =
        new Preparation(new ProfileLoader(Path.of("profiles"), tmp.resolve("home")))
            .prepare(
                WATCH_RECIPE, "example", Map.of(), Optional.of(shop.url()), Optional.empty(), true);
    Condition available = WatchCondition.of(prepared.recipe()).orElseThrow();
    WatchPlan plan =
        new WatchPlan(
            ScheduleParser.parse(
                Optional.of(Duration.ofSeconds(10)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                ZoneId.systemDefault()),
            false,
            Optional.of(Duration.ofMinutes(2)),
            () -> 0.5);
    // nobody at the keyboard: the demo's stand-in ticks the demo's own check; payment ends it
    Attempt attempt =
        new WatchRunner(
                AttemptServices.system(
                    Map.of(),
                    new PlaywrightLauncher(),
                    Narration.silent(),
                    (bell, clock, takeOver) -> new RunListener() {},
                    "test"))
            .watch(
                AttemptOptions.of(prepared)
                    .headless(true)
                    .dataDir(tmp.resolve("browser"))
                    .responder(Responders.demoStandIn(shop.url()))
                    .attemptsRoot(tmp.resolve("attempts"))
                    .syncClock(false)
                    .build(),
                plan,
                available);

    assertEquals(Outcome.REACHED_PAYMENT, attempt.result().outcome(), attempt.result().message());
    assertTrue(shop.cancellationsSoFar() >= 1);
    List<RequestLog.Entry> adds = shop.requestLog().matching("POST", "/basket");
    assertEquals(1, adds.size(), "one add to basket: " + adds);
    assertTrue(shop.payments().isEmpty(), "errand never pays");

    List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
    List<JournalEvent.WatchCheck> checks = StrikeIT.all(events, JournalEvent.WatchCheck.class);
    assertFalse(checks.isEmpty());
    assertEquals("available", checks.get(checks.size() - 1).result(), checks.toString());
    for (int i = 1; i < checks.size(); i++) {
      assertTrue(
          !checks.get(i).started().isBefore(checks.get(i - 1).started().plusSeconds(10)),
          "checks at least the interval apart: " + checks);
    }
    AttemptRecord record = AttemptReader.read(attempt.folder().dir());
    assertTrue(
        record.notes().stream().anyMatch(n -> n.message().startsWith("watch fired: check")),
        record.notes().toString());
    assertTrue(
        record.notes().stream().anyMatch(n -> n.message().contains("; fired at check")),
        record.notes().toString());
  }

  @Test
  @Timeout(180)
  void aWatchOnAShopAnswering429BacksOffAndNeverBreaksRetryAfter() throws Exception {
    shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ZERO).withStock(0).withoutRivals().withRateLimit(1));
    // someone else on this machine's address loads the shop's pages too fast: it keeps answering
    // 429 with Retry-After: 3
    AtomicBoolean hammering = new AtomicBoolean(true);
    Thread hammer = new Thread(() -> hammer(shop.url(), hammering), "test-hammer");
    hammer.setDaemon(true);
    hammer.start();
    CliRunner.Result r;
    try {
      r =
          new CliRunner(Path.of("").toAbsolutePath())
              .politePacing()
              .env("ERRAND_HOME", tmp.resolve("home").toString())
              .run(
                  "watch",
                  WATCH_RECIPE.toString(),
                  "--site",
                  shop.url().toString(),
                  "--every",
                  "10s",
                  "--for",
                  "45s",
                  "--attempts",
                  tmp.resolve("attempts").toString(),
                  "--handoff-ends-run");
    } finally {
      hammering.set(false);
      hammer.join(5_000);
    }

    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    List<RequestLog.Entry> errands =
        shop.requestLog().entries().stream()
            .filter(e -> e.fetchDest().isPresent() && e.fetchDest().get().equals("document"))
            .toList();
    assertTrue(errands.stream().anyMatch(e -> e.status() == 429), "errand met a 429: " + errands);
    for (int i = 1; i < errands.size(); i++) {
      RequestLog.Entry before = errands.get(i - 1);
      if (before.status() == 429) {
        long gapMs = (errands.get(i).receivedNanos() - before.receivedNanos()) / 1_000_000;
        assertTrue(gapMs >= 3_000, "a page load " + gapMs + " ms after a 429 with Retry-After: 3");
      }
    }
    List<JournalEvent.WatchCheck> checks =
        StrikeIT.all(StrikeIT.journal(tmp.resolve("attempts")), JournalEvent.WatchCheck.class);
    assertFalse(checks.isEmpty(), r.toString());
  }

  /** Plain page loads (no Sec-Fetch-Dest) every 300 ms until told to stop. */
  private static void hammer(URI shop, AtomicBoolean on) {
    HttpClient client = HttpClient.newHttpClient();
    while (on.get()) {
      try {
        client.send(
            HttpRequest.newBuilder(shop.resolve("/")).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.discarding());
        Thread.sleep(300);
      } catch (IOException e) {
        // the shop may be closing: try again or stop
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
