package dev.errand.cli;

import static dev.errand.cli.HandoffIT.first;
import static dev.errand.cli.HandoffIT.handoff;
import static dev.errand.cli.HandoffIT.handoffEnd;
import static dev.errand.cli.HandoffIT.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.Challenge;
import dev.errand.journal.event.JournalEvent;
import dev.errand.notify.WebhookReceiver;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handoff page on a fixed port ({@code handoff.page.port}) across a phone that locks and wakes,
 * and across two handoffs of one run: errand runs headless against the demo shop; the phone's live
 * view drops (its tab closes, as a locked phone's does) and the same link, opened again and
 * reloaded, gets pictures and control back; the phone solves the check through it; at payment the
 * page is served on the same port under a new token, the first one answers 404, and the phone
 * presses Done. errand never pays.
 */
class PhoneReconnectIT {

  @TempDir Path tmp;

  @Test
  @Timeout(180)
  void aPhoneThatLocksAndWakesKeepsControlAndAFixedPortServesTheSecondHandoff() throws Exception {
    int port = DemoRemoteHandoffIT.freePort();
    ExecutorService errandThread = HandoffIT.errandThread("errand-reconnect-under-test");
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
                  + "\", preset = json } ]\n"
                  + "handoff.page { enabled = true, port = "
                  + port
                  + " }\n");
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
                      "--remote-handoff=0", // the oracle's way in only
                      "--attempts",
                      attempts.toString()),
              errandThread);
      try {
        HandoffIT.JournalWatch journal = new HandoffIT.JournalWatch(attempts, running);
        String devtools = journal.await("the browser", HandoffIT.browser()).devtools();
        journal.await("the check's handoff", handoff("challenge"));
        String link = Phone.linkIn(webhook, 1, running);
        assertTrue(link.startsWith("http://127.0.0.1:" + port + "/h/"), "the port asked: " + link);

        Browser phones = Phone.phones(person);
        Browser oracle = person.chromium().connectOverCDP(devtools);
        try {
          BrowserContext myPhone = Phone.aPhone(phones);
          Page phone = Phone.opens(myPhone, link);
          assertEquals("control", Phone.role(phone));

          phone.close(); // the phone locks: its live view drops
          Page woken = Phone.opens(myPhone, link); // it wakes and opens the link again
          assertEquals("control", Phone.role(woken), "the same phone keeps control");
          woken.reload();
          woken.waitForCondition(() -> Phone.frames(woken) > 0);
          assertEquals("control", Phone.role(woken), "and keeps it across a reload");

          Page errands = HandoffIT.errandsPage(oracle, "/security-check");
          Phone.tapOn(
              woken, errands, errands.locator(DemoShop.CHALLENGE_SELECTOR + " [role=checkbox]"));
          JournalEvent.HandoffEnd solved =
              journal.await("the check's end", handoffEnd("challenge"));
          assertEquals("done", solved.result(), "solved through the woken page: " + solved);
          woken.waitForCondition(() -> Phone.status(woken).startsWith("done (url"));
          assertTrue(
              Phone.status(woken).contains("errand carries on by itself"), Phone.status(woken));

          journal.await("the payment handoff", handoff("payment"));
          String payLink = Phone.linkIn(webhook, 2, running);
          assertTrue(payLink.startsWith("http://127.0.0.1:" + port + "/h/"), payLink);
          assertFalse(Phone.tokenOf(payLink).equals(Phone.tokenOf(link)), "a new token");
          HttpClient http = HttpClient.newHttpClient();
          assertEquals(404, Phone.status(http, URI.create(link)), "the first token is spent");
          assertEquals(200, Phone.status(http, URI.create(payLink)));
          Page pay = Phone.opens(myPhone, payLink);
          assertEquals("control", Phone.role(pay));
          pay.locator("#done").tap();
          JournalEvent.HandoffEnd ended = journal.await("the payment's end", handoffEnd("payment"));
          assertEquals("continued", ended.result(), "Done on the page: " + ended);
          pay.waitForCondition(() -> Phone.status(pay).contains("never pays"));

          CliRunner.Result result = running.get(HandoffIT.PATIENCE.toSeconds(), TimeUnit.SECONDS);
          assertEquals(ExitCode.OK, result.exitCode(), result.toString());
          assertTrue(result.out().contains("outcome: reached-payment"), result.out());
          assertTrue(shop.payments().isEmpty(), "errand never pays: " + shop.payments());
          assertTrue(shop.requestLog().matching("POST", "/payment").isEmpty(), "nor tries");
          List<JournalEvent> events = journal.events();
          assertEquals("continued", first(events, handoffEnd("payment")).result());
          assertTrue(
              events.stream()
                  .anyMatch(
                      is(
                              JournalEvent.HandoffPageOpened.class,
                              o -> "challenge".equals(o.reason()) && "control".equals(o.role()))
                          ::test),
              events.toString());
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
