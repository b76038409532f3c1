package dev.errand.cli;

import static dev.errand.cli.HandoffIT.first;
import static dev.errand.cli.HandoffIT.handoff;
import static dev.errand.cli.HandoffIT.handoffEnd;
import static dev.errand.cli.HandoffIT.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.Challenge;
import dev.errand.journal.event.JournalEvent;
import dev.errand.notify.WebhookReceiver;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a certificate and key in the profile ({@code handoff.page.tls}), the handoff page is served
 * over TLS: the notification's link is https://, the page presents that certificate (a client that
 * trusts only it verifies it for 127.0.0.1), plain http on its port gets nothing, and a phone's
 * browser (told to accept the self-signed certificate) opens the link, sees the tab live and
 * presses Abort; the journal says the page was served over TLS and how it ended.
 */
class PhoneHandoffTlsIT {

  @TempDir Path tmp;

  @Test
  void thePageIsServedOverTlsWithTheProfilesCertificate() throws Exception {
    ExecutorService errandThread = HandoffIT.errandThread("errand-tls-under-test");
    try (DemoShop shop =
            DemoShop.start(
                DemoShopConfig.opensAt(Instant.now().minusSeconds(1))
                    .withoutRivals()
                    .withChallenge(Challenge.DEMO));
        WebhookReceiver webhook = new WebhookReceiver();
        Playwright person = HandoffIT.aPerson()) {
      Path tls = Files.createDirectories(tmp.resolve("profiles").resolve("tls"));
      copy("page-cert.pem", tls);
      copy("page-key.pem", tls);
      CliRunner cli =
          HandoffIT.cliWithProfile(
              tmp,
              "me",
              "notify.webhooks = [ { url = \""
                  + webhook.url("/errand")
                  + "\", preset = json } ]\n"
                  + "handoff.page.tls { certificate = \"tls/page-cert.pem\","
                  + " key = \"tls/page-key.pem\" }\n");
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
                      "--attempts",
                      attempts.toString()),
              errandThread);
      try {
        HandoffIT.JournalWatch journal = new HandoffIT.JournalWatch(attempts, running);
        journal.await("the check's handoff", handoff("challenge"));
        String link = Phone.linkIn(webhook, 1, running);
        assertTrue(link.matches("https://127\\.0\\.0\\.1:\\d+/h/[A-Za-z0-9_-]{43}/"), link);

        HttpClient trusting =
            HttpClient.newBuilder()
                .sslContext(trustingOnly(tls.resolve("page-cert.pem")))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI wrong = URI.create(link.replaceAll("/h/[^/]+/", "/h/" + "A".repeat(43) + "/"));
        assertEquals(
            404,
            trusting
                .send(HttpRequest.newBuilder(wrong).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(),
            "the profile's certificate, verified for 127.0.0.1; a wrong token");
        URI plain = URI.create(link.replace("https://", "http://"));
        assertThrows(
            IOException.class,
            () ->
                HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build()
                    .send(
                        HttpRequest.newBuilder(plain).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()),
            "no plain http on the page's port");

        Browser phones =
            person
                .chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium"))
                        .setHeadless(true));
        try {
          BrowserContext context =
              phones.newContext(
                  new Browser.NewContextOptions()
                      .setIgnoreHTTPSErrors(true)
                      .setViewportSize(390, 844)
                      .setHasTouch(true)
                      .setIsMobile(true));
          Page phone = context.newPage();
          phone.navigate(link);
          phone.waitForCondition(
              () -> ((Number) phone.evaluate("() => window.errandPage.frames")).intValue() > 0);
          assertEquals("https:", phone.evaluate("() => location.protocol"));
          phone.waitForCondition(
              () -> "control".equals(phone.evaluate("() => window.errandPage.role")));
          phone.onDialog(d -> d.accept()); // "Abort the run?"
          phone.locator("#abort").tap();
          JournalEvent.HandoffEnd ended = journal.await("the check's end", handoffEnd("challenge"));
          assertEquals("aborted", ended.result(), "Abort on the page: " + ended);
        } finally {
          phones.close();
        }
        CliRunner.Result result = running.get(HandoffIT.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertTrue(result.out().contains("https://127.0.0.1:"), result.out());
        assertFalse(result.out().contains(Phone.tokenOf(link)), "no whole link on the console");
        assertTrue(shop.payments().isEmpty(), "errand never pays");

        List<JournalEvent> events = journal.events();
        JournalEvent.HandoffPageServed served =
            first(events, is(JournalEvent.HandoffPageServed.class, s -> true));
        assertNotNull(served, events.toString());
        assertEquals(Boolean.TRUE, served.tls());
        assertTrue(served.shown().matches("https://127\\.0\\.0\\.1:\\d+/h/…/"), served.shown());
        JournalEvent.HandoffPageEnd end =
            first(events, is(JournalEvent.HandoffPageEnd.class, e -> true));
        assertNotNull(end, events.toString());
        assertEquals("abort", end.finished());
        assertEquals(1, end.devices());
        for (Path f : Files.walk(attempts).filter(Files::isRegularFile).toList()) {
          if (!f.toString().endsWith(".png")) {
            assertFalse(Files.readString(f).contains(Phone.tokenOf(link)), "no token in " + f);
          }
        }
      } finally {
        HandoffIT.awaitEnd(running);
      }
    } finally {
      errandThread.shutdownNow();
    }
  }

  private static void copy(String name, Path to) throws IOException {
    try (InputStream in = PhoneHandoffTlsIT.class.getResourceAsStream("/tls/" + name)) {
      Files.copy(in, to.resolve(name));
    }
  }

  /** A client that trusts this one certificate and nothing else. */
  private static SSLContext trustingOnly(Path certificate) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    try (InputStream in = Files.newInputStream(certificate)) {
      store.setCertificateEntry(
          "page", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }
}
