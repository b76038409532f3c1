package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.attempt.Attempt;
import dev.errand.attempt.AttemptOptions;
import dev.errand.attempt.AttemptRunner;
import dev.errand.attempt.Preparation;
import dev.errand.attempt.Responders;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.journal.event.JournalEvent;
import dev.errand.polite.Pacing;
import dev.errand.profile.ProfileLoader;
import dev.errand.run.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser process killed (SIGKILL, by its process id) in the middle of the demo attempt: while
 * arming, while waiting for the instant, right after adding to the basket and during a handoff.
 * Each time errand starts the browser again with the same profile, reopens the page it was on and
 * reaches the payment handoff, with exactly one basket request at the shop. A browser killed more
 * times than errand starts it again ends in one honest line, with no browser left behind.
 */
@Timeout(180)
class BrowserCrashIT {

  static final Path DEMO_RECIPE = Path.of("recipes/demo-shop.yaml").toAbsolutePath();

  @TempDir Path tmp;
  private DemoShop shop;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @BeforeEach
  void start() throws IOException {
    shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(20)).withoutRivals());
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
    shop.close();
  }

  @Test
  void killedWhileArmingResumesAndReachesPayment() throws Exception {
    crashWhen(o -> o.contains("✓ goto /events/aurora-live"));
  }

  @Test
  void killedWhileWaitingForTheInstantResumesAndReachesPayment() throws Exception {
    crashWhen(o -> o.contains("✓ wait for visible {role: region, name: 'Tickets'}"));
    String attempts = tmp.resolve("attempts").toString();
    CliRunner.Result show = new CliRunner(tmp).run("attempts", "show", "latest", "--dir", attempts);
    assertTrue(show.out().contains("⟳ the browser was gone for "), show.out());
    CliRunner.Result report =
        new CliRunner(tmp).run("attempts", "report", "latest", "--dir", attempts);
    assertEquals(ExitCode.OK, report.exitCode(), report.toString());
    try (var files = Files.walk(tmp.resolve("attempts"))) {
      Path html = files.filter(f -> f.endsWith("report.html")).findFirst().orElseThrow();
      String page = Files.readString(html);
      assertTrue(page.contains("relaunch") && page.contains("the browser was gone for"), page);
    }
  }

  @Test
  void killedAfterAddingToTheBasketResumesWithoutAddingAgain() throws Exception {
    String out = crashWhen(o -> o.contains("✓ click {role: button, name: 'Add to basket'}"));
    assertTrue(out.contains("errand goes on after it and does not run it again"), out);
  }

  @Test
  void killedDuringAHandoffResumesAndReachesPayment() throws Exception {
    crashWhen(o -> o.contains("┏ errand hands over: Tick the security check"));
  }

  @Test
  void aBrowserKilledFourTimesEndsInOneHonestLine() throws Exception {
    Future<Attempt> run = pool.submit(this::attempt);
    int kills = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (kills < 4 && !run.isDone() && System.nanoTime() < deadline) {
      String ready = kills == 0 ? "✓ goto /events/aurora-live" : "(" + kills + " of 3)";
      if (text().contains(ready) && killBrowser()) {
        kills++;
      }
      Thread.sleep(5);
    }
    Attempt attempt = run.get(120, TimeUnit.SECONDS);
    String text = text();
    assertEquals(4, kills, text);
    assertEquals(Outcome.FAILED, attempt.result().outcome(), text);
    assertTrue(text.contains("outcome: failed — the browser crashed 4 times"), text);
    assertFalse(text.contains("Exception"), text);
    assertEquals(3, relaunches().size(), text);
    RunIT.assertNoBrowserLeft();
  }

  /** Runs the demo attempt, kills its browser once {@code when} the output says so. */
  private String crashWhen(Predicate<String> when) throws Exception {
    Future<Attempt> run = pool.submit(this::attempt);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!when.test(text()) && !run.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    boolean killed = killBrowser();
    Attempt attempt = run.get(150, TimeUnit.SECONDS);
    String text = text();
    assertTrue(killed, "no browser to kill: " + text);
    assertEquals(Outcome.REACHED_PAYMENT, attempt.result().outcome(), text);
    assertTrue(text.contains("⟳ the browser was gone for "), text);
    assertTrue(text.contains("errand started it again (1 of 3)"), text);
    assertFalse(text.contains("Exception"), text);
    assertEquals(1, basketRequests(), text);
    List<JournalEvent.Relaunch> relaunches = relaunches();
    assertEquals(1, relaunches.size(), text);
    assertTrue(relaunches.get(0).goneMs() > 0, relaunches.toString());
    RunIT.assertNoBrowserLeft();
    return text;
  }

  private Attempt attempt() {
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    Env env =
        new Env(
            print,
            print,
            new ByteArrayInputStream(new byte[0]),
            Map.of(Pacing.VARIABLE, "this-machine"),
            tmp,
            false);
    AttemptRunner runner = env.attempts(new Console(print, print, Console.Verbosity.NORMAL, false));
    Preparation.Prepared prepared =
        new Preparation(
                new ProfileLoader(Path.of("profiles").toAbsolutePath(), tmp.resolve("home")))
            .prepare(
                DEMO_RECIPE,
                "example",
                Map.of(),
                Optional.of(shop.url()),
                Optional.of(shop.releaseAt()),
                false);
    return runner.run(
        AttemptOptions.of(prepared)
            .headless(true)
            .browser(prepared.profile().browser().executable())
            .dataDir(tmp.resolve("browser"))
            .responder(Responders.demoStandIn(shop.url()))
            .attemptsRoot(tmp.resolve("attempts"))
            .syncClock(true)
            .build());
  }

  private String text() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Kills this attempt's browser process (not its helpers) by its id; whether there was one. */
  private boolean killBrowser() {
    String dataDir = "--user-data-dir=" + tmp.resolve("browser");
    return ProcessHandle.current()
            .descendants()
            .filter(ProcessHandle::isAlive)
            .filter(
                p -> {
                  String args = commandLine(p.pid());
                  return args.contains(dataDir) && !args.contains("--type=");
                })
            .map(ProcessHandle::destroyForcibly)
            .filter(b -> b)
            .count()
        > 0;
  }

  private static String commandLine(long pid) {
    try {
      return new String(
              Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
              StandardCharsets.UTF_8)
          .replace('\0', ' ');
    } catch (IOException e) {
      return "";
    }
  }

  private long basketRequests() {
    return shop.requestLog().entries().stream()
        .filter(e -> e.method().equals("POST") && e.path().equals("/basket"))
        .count();
  }

  private List<JournalEvent.Relaunch> relaunches() throws IOException {
    return StrikeIT.all(StrikeIT.journal(tmp.resolve("attempts")), JournalEvent.Relaunch.class);
  }
}
