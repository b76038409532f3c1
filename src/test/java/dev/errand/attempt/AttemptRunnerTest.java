package dev.errand.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserInfo;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.LaunchSpec;
import dev.errand.browser.Tracer;
import dev.errand.handoff.ByReason;
import dev.errand.handoff.StopHere;
import dev.errand.journal.JournalLines;
import dev.errand.journal.event.JournalEvent;
import dev.errand.notify.Notifications;
import dev.errand.profile.ProfileLoader;
import dev.errand.run.FakePage;
import dev.errand.run.Outcome;
import dev.errand.run.RunListener;
import dev.errand.run.StepReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One attempt's lifecycle on a fake browser and a fake clock: nothing starts, nothing sleeps. */
@Timeout(30)
class AttemptRunnerTest {

  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  @TempDir Path dir;

  final FakeClock clock = new FakeClock(NOW);
  final Lines said = new Lines();
  final List<String> shown = new ArrayList<>();
  final List<LaunchSpec> launched = new ArrayList<>();
  final List<String> browser = new ArrayList<>();
  final FakePage page = new FakePage();
  BrowserUnavailableException launchFails;

  final BrowserSession session =
      new BrowserSession() {
        @Override
        public BrowserPage page() {
          return page;
        }

        @Override
        public BrowserInfo info() {
          return new BrowserInfo("FakeBrowser", "1.0", "/fake/chromium", true);
        }

        @Override
        public Tracer tracer() {
          return new Tracer() {
            @Override
            public void startChunk(String title) {
              browser.add("trace " + title);
            }

            @Override
            public void saveChunk(Path file) {
              browser.add("trace saved " + file.getFileName());
            }

            @Override
            public void stop() {
              browser.add("trace stopped");
            }
          };
        }

        @Override
        public void close() {
          browser.add("closed");
        }
      };

  AttemptServices services() {
    return new AttemptServices(
        clock,
        clock::nanoTime,
        deadline -> clock.advance(java.time.Duration.ofNanos(deadline - clock.nanoTime())),
        Map.of("ERRAND_HOME", dir.resolve("home").toString()),
        "TestOS",
        spec -> {
          launched.add(spec);
          if (launchFails != null) {
            throw launchFails;
          }
          return session;
        },
        (settings, visible) -> Notifications.from(settings, "TestOS", Map.of(), visible),
        said,
        (bell, siteClock, takeOver) ->
            new RunListener() {
              @Override
              public void stepFinished(StepReport report) {
                shown.add(report.step().describe() + " " + report.status());
              }
            },
        "test-version");
  }

  AttemptOptions options(String steps) throws IOException {
    return options(steps, "browser { args = [\"--test-flag\"] }\n");
  }

  /** The recipe of {@code steps}, prepared against a profile of {@code conf} as a run does. */
  AttemptOptions options(String steps, String conf) throws IOException {
    Files.writeString(dir.resolve("t.conf"), conf);
    Path recipe =
        Files.writeString(
            dir.resolve("t.yaml"),
            "apiVersion: errand/v1\nname: Fake shop\nsite: http://127.0.0.1:9/\n" + steps);
    Preparation.Prepared prepared =
        new Preparation(new ProfileLoader(dir, dir.resolve("home")))
            .prepare(recipe, "t", Map.of(), Optional.empty(), Optional.empty(), false);
    return AttemptOptions.of(prepared)
        .headless(true)
        .dataDir(dir.resolve("browser"))
        .responder(new ByReason(new StopHere("test: nobody here")))
        .attemptsRoot(dir.resolve("attempts"))
        .syncClock(false)
        .build();
  }

  static List<String> events(Attempt attempt) {
    return JournalLines.read(attempt.folder().journalFile()).events().stream()
        .map(JournalEvent::event)
        .collect(Collectors.toList());
  }

  static <E extends JournalEvent> E event(Attempt attempt, Class<E> type) {
    return JournalLines.read(attempt.folder().journalFile()).first(type).orElseThrow();
  }

  @Test
  void anAttemptRunsItsRecipeInTheLaunchedBrowserAndLeavesARecord() throws IOException {
    Attempt attempt =
        new AttemptRunner(services()).run(options("arm:\n  - goto: /events\n  - goto: /basket\n"));

    assertEquals(Outcome.COMPLETED, attempt.result().outcome(), attempt.result().message());
    assertEquals(
        List.of("goto http://127.0.0.1:9/events", "goto http://127.0.0.1:9/basket", "screenshot"),
        page.actions,
        "the steps, then the final screenshot for the record");
    assertEquals(2, shown.size(), "the person's view hears every step: " + shown);

    LaunchSpec spec = launched.get(0);
    assertTrue(spec.headless());
    assertEquals(dir.resolve("browser"), spec.userDataDir());
    assertEquals(List.of("--test-flag"), spec.extraArgs(), "the profile's arguments");

    List<String> events = events(attempt);
    assertEquals("run-start", events.get(0));
    assertEquals("browser", events.get(1));
    assertEquals("outcome", events.get(events.size() - 1));
    JournalEvent.RunStart start = event(attempt, JournalEvent.RunStart.class);
    assertEquals("test-version", start.errand());
    assertEquals("Fake shop", start.recipeName());
    assertTrue(start.headless());
    assertEquals("FakeBrowser", event(attempt, JournalEvent.Browser.class).name());
    assertEquals("completed", event(attempt, JournalEvent.Outcome.class).outcome());

    assertTrue(Files.isRegularFile(attempt.folder().dir().resolve("summary.json")));
    assertEquals("closed", browser.get(browser.size() - 1), "the browser closes last: " + browser);
    assertTrue(browser.contains("trace arm"), "the arm phase is traced: " + browser);
    assertTrue(said.has("always outcome: completed"), said.lines.toString());
    assertTrue(said.has("errand test-version · Fake shop"), said.lines.toString());
    assertTrue(
        attempt.folder().dir().startsWith(dir.resolve("attempts")),
        "the folder is under the attempts root");
  }

  @Test
  void aRecipeThatTypesSecretsIsNotTraced() throws IOException {
    new AttemptRunner(services())
        .run(
            options(
                "arm:\n  - fill: {label: Password, value: '${secrets.pw}'}\n",
                "secrets { pw = hunter2 }\n"));

    assertFalse(browser.stream().anyMatch(b -> b.startsWith("trace ")), browser.toString());
    assertTrue(said.has("no trace: the recipe types secrets"), said.lines.toString());
  }

  @Test
  void aBrowserThatCannotStartEndsTheAttemptWithAFailedOutcomeAndASummary() throws IOException {
    launchFails = new BrowserUnavailableException("no Chromium here");
    AttemptOptions options = options("arm:\n  - goto: /events\n");

    assertThrows(
        BrowserUnavailableException.class, () -> new AttemptRunner(services()).run(options));

    Path folder;
    try (var folders = Files.list(dir.resolve("attempts"))) {
      folder = folders.findFirst().orElseThrow();
    }
    JournalLines journal = JournalLines.read(folder.resolve("journal.jsonl"));
    JournalEvent.Outcome last =
        assertInstanceOf(
            JournalEvent.Outcome.class, journal.events().get(journal.events().size() - 1));
    assertEquals("failed", last.outcome());
    assertEquals("no browser: no Chromium here", last.message());
    assertTrue(Files.isRegularFile(folder.resolve("summary.json")));
    assertTrue(page.actions.isEmpty());
  }

  @Test
  void aHandoffNobodyCanTakeEndsTheRunThereAndTheJournalSaysSo() throws IOException {
    Attempt attempt =
        new AttemptRunner(services())
            .run(
                options(
                    "arm:\n  - goto: /events\n  - handoff: {reason: payment, message: pay}\n"
                        + "  - goto: /never\n"));

    assertEquals(Outcome.REACHED_PAYMENT, attempt.result().outcome());
    assertEquals(List.of("goto http://127.0.0.1:9/events"), page.actions.subList(0, 1));
    assertFalse(page.actions.contains("goto http://127.0.0.1:9/never"));
    assertEquals("reached-payment", event(attempt, JournalEvent.Outcome.class).outcome());
  }

  @Test
  void optionsComeFromTheProfileUnlessSetByName() throws IOException {
    AttemptOptions options = options("arm:\n  - goto: /\n");
    assertEquals(options.profile().lead(), options.lead());
    assertEquals(Optional.empty(), options.remote());
    assertEquals(options.profile().browser().executable(), options.browserSetting());
  }
}
