package dev.errand.cli;

import static dev.errand.cli.HandoffIT.handoff;
import static dev.errand.cli.HandoffIT.handoffEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.journal.event.JournalEvent;
import dev.errand.notify.WebhookReceiver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand watch --headless --handoff-page}: the watch fires on the demo shop, and the person
 * takes over from a phone through the link in the notification: taps the security check on the
 * picture and presses Done at payment. errand never pays. Where the check is on the picture is read
 * from errand's tab through remote debugging (an oracle only: every input goes through the page).
 */
class WatchPhoneIT {

  @TempDir Path tmp;

  @Test
  @Timeout(180)
  void aWatchThatFiresHandsOverToThePhone() throws Exception {
    ExecutorService errandThread = HandoffIT.errandThread("errand-watch-phone-under-test");
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ZERO).withoutRivals());
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
                      "watch",
                      WatchIT.WATCH_RECIPE.toString(),
                      "--every",
                      "10s",
                      "--for",
                      "2m",
                      "--profile",
                      "me",
                      "--site",
                      shop.url().toString(),
                      "--headless",
                      "--handoff-page",
                      "--remote-handoff=0", // the oracle's way in only
                      "--attempts",
                      attempts.toString()),
              errandThread);
      try {
        HandoffIT.JournalWatch journal = new HandoffIT.JournalWatch(attempts, running);
        journal.await("the check's handoff", handoff("challenge"));
        String devtools = journal.await("the browser", HandoffIT.browser()).devtools();
        String link = Phone.linkIn(webhook, 1, running);
        Browser phones = Phone.phones(person);
        Browser oracle = person.chromium().connectOverCDP(devtools);
        try {
          BrowserContext myPhone = Phone.aPhone(phones);
          Page phone = Phone.opens(myPhone, link);
          assertEquals("control", Phone.role(phone));
          Page errands = HandoffIT.errandsPage(oracle, "/security-check");
          Phone.tapOn(
              phone, errands, errands.locator(DemoShop.CHALLENGE_SELECTOR + " [role=checkbox]"));
          JournalEvent.HandoffEnd solved =
              journal.await("the check's end", handoffEnd("challenge"));
          assertEquals("done", solved.result(), "solved through the page: " + solved);

          journal.await("the payment handoff", handoff("payment"));
          Page pay = Phone.opens(myPhone, Phone.linkIn(webhook, 2, running));
          pay.locator("#done").tap();
          CliRunner.Result result = running.get(HandoffIT.PATIENCE.toSeconds(), TimeUnit.SECONDS);
          assertEquals(ExitCode.OK, result.exitCode(), result.toString());
          assertTrue(result.out().contains("reached-payment"), result.out());
          assertTrue(result.out().contains("take over from your phone: "), result.out());
          assertTrue(shop.payments().isEmpty(), "errand never pays: " + shop.payments());
          assertTrue(shop.requestLog().matching("POST", "/payment").isEmpty(), "nor tries");
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
}
