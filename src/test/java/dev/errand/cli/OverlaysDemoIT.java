package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.event.JournalEvent;
import dev.errand.journal.event.JournalEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code errand demo} on the shop's cookie banners and its newsletter pop-up: errand closes each by
 * itself and the run reaches payment, and with no banner (consent given before) the arm steps spend
 * no time on one. One shop and one run per variant.
 */
@Timeout(120)
class OverlaysDemoIT {

  /** The old recipe's optional accept step waited this long for a banner that never came. */
  private static final double OLD_TIMEOUT_MS = 3_000;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "demo      | -                  | the cookie banner \"We value your privacy\" (Accept all)",
        "onetrust  | -                  | the OneTrust cookie banner (Accept All Cookies)",
        "cookiebot | -                  | the Cookiebot cookie banner (Allow all)",
        "didomi    | -                  | the Didomi cookie banner (Agree and close)",
        "none      | --newsletter-popup | the pop-up \"Get 10% off\""
      })
  void eachOverlayIsClosedAndTheRunReachesPayment(
      String consent, String extra, String closed, @TempDir Path workDir) throws IOException {
    List<String> args =
        Stream.of("demo", "--release-in", "8s", "--consent", consent, extra)
            .filter(a -> !a.equals("-"))
            .toList();
    CliRunner.Result r =
        new CliRunner(workDir)
            .env("ERRAND_HOME", workDir.resolve("home").toString())
            .run(args.toArray(new String[0]));

    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertTrue(r.out().contains("outcome: reached-payment"), r.out());
    assertTrue(r.out().contains("↳ closed " + closed), r.out());
    List<JournalEvent> journal = journal(workDir.resolve("attempts"));
    assertTrue(
        journal.stream()
            .anyMatch(e -> e instanceof JournalEvent.Dismissed d && d.what().startsWith(closed)),
        journal.toString());
    assertFalse(r.out().contains("covered by another element"), r.out());
    if (consent.equals("none")) {
      // nothing waits for a banner that is not there: each arm step that does not load a page (a
      // load may wait for its turn in the request budget) is quick
      for (JournalEvent e : journal) {
        if (e instanceof JournalEvent.StepEnd s
            && "arm".equals(s.phase())
            && !"goto".equals(s.type())) {
          assertTrue(
              s.durationMs() < OLD_TIMEOUT_MS / 3, s.step() + " took " + s.durationMs() + " ms");
        }
      }
    }
    RunIT.assertNoBrowserLeft();
  }

  private static List<JournalEvent> journal(Path attempts) throws IOException {
    Path dir;
    try (Stream<Path> dirs = Files.list(attempts)) {
      dir = dirs.findFirst().orElseThrow();
    }
    return Files.readAllLines(dir.resolve("journal.jsonl")).stream()
        .map(JournalEvents::parse)
        .flatMap(Optional::stream)
        .toList();
  }
}
