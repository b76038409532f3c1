package dev.errand.cli;

import static dev.errand.cli.HandoffIT.first;
import static dev.errand.cli.HandoffIT.handoff;
import static dev.errand.cli.HandoffIT.handoffEnd;
import static dev.errand.cli.HandoffIT.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.Challenge;
import dev.errand.journal.event.JournalEvent;
import dev.errand.notify.WebhookReceiver;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * errand runs headless with {@code --handoff-page} against the demo shop; the link arrives in the
 * webhook; a second Chromium in a phone-sized touch context opens it, sees the tab live, taps the
 * security check on the picture (input errand carries out as real clicks), and at payment presses
 * Done. errand never pays. The test reads the check's position from errand's tab through remote
 * debugging (an oracle only: every input goes through the page).
 */
class PhoneHandoffIT {

  @TempDir Path tmp;

  @Test
  void aPhoneTakesOverThroughTheLinkInTheNotification() throws Exception {
    ExecutorService errandThread = HandoffIT.errandThread("errand-phone-under-test");
    try (DemoShop shop =
            DemoShop.start(
                DemoShopConfig.opensAt(Instant.now().minusSeconds(1))
                    .withoutRivals()
                    .withChallenge(Challenge.DEMO));
        WebhookReceiver webhook = new WebhookReceiver();
        Playwright person = HandoffIT.aPerson()) {
      CliRunner cli =
          HandoffIT.cliWithProfile(
              tmp,
              "me",
              "notify.webhooks = [ { url = \""
                  + webhook.url("/errand")
                  + "\", preset = json } ]\n");
      Path attempts = tmp.resolve("attempts");
      CompletableFuture<CliRunner.Result> running =
          CompletableFuture.supplyAsync(
              () ->
                  cli.run(
                      "run",
                      HandoffIT.DEMO_RECIPE.toString(),
                      "--profile",
                      "me",
                      "--site",
                      shop.url().toString(),
                      "--now",
                      "--headless",
                      "--handoff-page",
                      "--remote-handoff=0",
                      "--attempts",
                      attempts.toString()),
              errandThread);
      try {
        HandoffIT.JournalWatch journal = new HandoffIT.JournalWatch(attempts, running);
        String devtools = journal.await("the browser", HandoffIT.browser()).devtools();
        journal.await("the check's handoff", handoff("challenge"));
        String link = Phone.linkIn(webhook, 1, running);
        assertTrue(link.matches("http://127\\.0\\.0\\.1:\\d+/h/[A-Za-z0-9_-]{43}/"), link);

        HttpClient http = HttpClient.newHttpClient();
        URI wrong = URI.create(link.replaceAll("/h/[^/]+/", "/h/" + "A".repeat(43) + "/"));
        assertEquals(404, Phone.status(http, wrong), "a wrong token");

        Browser phones = Phone.phones(person);
        Browser oracle = person.chromium().connectOverCDP(devtools);
        try {
          Page phone = Phone.opens(Phone.aPhone(phones), link);
          assertEquals("control", Phone.role(phone), "the first device controls");
          Page second = Phone.opens(Phone.aPhone(phones), link);
          assertEquals("view", Phone.role(second), "a second device watches");

          Page errands = HandoffIT.errandsPage(oracle, "/security-check");
          List<Long> pointerDowns = Collections.synchronizedList(new ArrayList<>());
          errands.onConsoleMessage(
              m -> {
                if (m.text().startsWith("errand-test-tap ")) {
                  pointerDowns.add(Long.parseLong(m.text().substring(16)));
                }
              });
          errands.evaluate(
              "() => document.addEventListener('pointerdown',"
                  + " () => console.log('errand-test-tap ' + Date.now()), true)");
          double[] at =
              Phone.fractionOf(
                  errands, errands.locator(DemoShop.CHALLENGE_SELECTOR + " [role=checkbox]"));
          Instant tapping = Instant.now();
          tap(phone, at);
          phone.waitForCondition(() -> Phone.tapSent(phone) > 0 && !pointerDowns.isEmpty());
          long tapLatency = pointerDowns.get(0) - Phone.tapSent(phone);

          JournalEvent.HandoffEnd solved =
              journal.await("the check's end", handoffEnd("challenge"));
          assertEquals("done", solved.result(), "the check was solved through the page: " + solved);
          assertFalse(
              shop.requestLog().matching("POST", "/security-check/verify").isEmpty(),
              "the shop saw the person's solve");
          shop.requestLog()
              .matching("POST", "/security-check/verify")
              .forEach(v -> assertFalse(v.receivedAt().isBefore(tapping), "solved before the tap"));
          List<Long> latencies = Phone.latencies(phone);

          journal.await("the payment handoff", handoff("payment"));
          String payLink = Phone.linkIn(webhook, 2, running);
          assertFalse(payLink.equals(link), "a new token for each handoff");
          assertEquals(
              404,
              Phone.status(
                  http, URI.create(payLink.replace(Phone.tokenOf(payLink), Phone.tokenOf(link)))),
              "the check's token expired with its handoff");
          Page payPhone = Phone.opens(Phone.aPhone(phones), payLink);
          payPhone.locator("#done").tap();
          JournalEvent.HandoffEnd paid = journal.await("the payment's end", handoffEnd("payment"));
          assertEquals("continued", paid.result(), "Done on the page: " + paid);

          CliRunner.Result result = running.get(HandoffIT.PATIENCE.toSeconds(), TimeUnit.SECONDS);
          assertTrue(shop.payments().isEmpty(), "errand never pays: " + shop.payments());
          assertTrue(shop.requestLog().matching("POST", "/payment").isEmpty(), "nor tries");
          assertFalse(result.out().contains(Phone.tokenOf(link)), "no whole link on the console");
          assertTrue(result.out().contains("/h/…/"), result.out());
          for (Path f : journalFiles(attempts)) {
            String text = Files.readString(f);
            assertFalse(text.contains(Phone.tokenOf(link)), "no token in " + f);
            assertFalse(text.contains(Phone.tokenOf(payLink)), "no token in " + f);
          }
          List<JournalEvent> events = journal.events();
          assertTrue(
              events.stream()
                  .anyMatch(
                      is(
                              JournalEvent.HandoffPageOpened.class,
                              o -> "127.0.0.1".equals(o.from()) && "control".equals(o.role()))
                          ::test),
              "the journal says the page was opened: " + events);
          PhonePageJournal.check(events);
          assertEquals("continued", first(events, handoffEnd("payment")).result());
          System.out.printf(
              "PhoneHandoffIT: %d frames, frame latency p50 %d ms p90 %d ms (target p50 ≤ 150);"
                  + " tap reached the page %d ms after it was sent (target ≤ 100)%n",
              latencies.size(), Phone.pct(latencies, 50), Phone.pct(latencies, 90), tapLatency);
          // the targets (p50 ≤ 150 ms, tap ≤ 100 ms) are printed above; on a shared CI
          // machine the test only fails when the live view is plainly not live
          assertTrue(
              Phone.pct(latencies, 50) <= 1_000, "frame latency p50 " + Phone.pct(latencies, 50));
          assertTrue(tapLatency <= 1_000, "tap latency " + tapLatency);
        } finally {
          oracle.close();
          phones.close();
        }
      } finally {
        HandoffIT.awaitEnd(running);
      }
    } finally {
      errandThread.shutdownNow();
    }
  }

  /** A finger on the picture, at fractions of it. */
  private static void tap(Page phone, double[] at) {
    BoundingBox pic = phone.locator("#pic").boundingBox();
    phone.touchscreen().tap(pic.x + at[0] * pic.width, pic.y + at[1] * pic.height);
  }

  private static List<Path> journalFiles(Path attempts) throws Exception {
    try (Stream<Path> files = Files.walk(attempts)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.toString().endsWith(".png"))
          .toList();
    }
  }
}
