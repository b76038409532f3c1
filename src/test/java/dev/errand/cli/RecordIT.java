package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand record} end to end, as issue 15 asks: the recording browser runs headed (under Xvfb
 * when this machine has no display), the test plays the person over Chrome remote debugging
 * (trusted input, as a person's clicks are) through the demo shop's buy form, basket, security
 * check and details form to the payment page; errand writes the recipe, and {@code errand demo
 * --recipe} replays it against a fresh shop to the payment handoff.
 */
@Timeout(240)
class RecordIT {

  @TempDir Path tmp;

  @Test
  void aRecordedPurchaseReplaysToThePaymentHandoff() throws Exception {
    Optional<VirtualDisplay> screen = VirtualDisplay.open();
    assumeTrue(
        screen.isPresent(),
        "no display and no Xvfb (apt-get install xvfb; .ci/run installs it): the recording"
            + " browser needs a window");
    Path recipe = tmp.resolve("recorded.yaml");
    try (VirtualDisplay display = screen.get();
        DemoShop shop =
            DemoShop.start(DemoShopConfig.opensIn(Duration.ofMillis(500)).withoutRivals())) {
      waitUntil(shop.releaseAt());
      int port = freePort();
      CliRunner cli =
          new CliRunner(Path.of("").toAbsolutePath())
              .env("ERRAND_HOME", tmp.resolve("home").toString())
              .env("DISPLAY", display.display());
      CompletableFuture<CliRunner.Result> recording =
          CompletableFuture.supplyAsync(
              () ->
                  cli.run(
                      "record",
                      shop.url().resolve("/events/aurora-live").toString(),
                      "--out",
                      recipe.toString(),
                      "--profile",
                      "example",
                      "--remote-debugging-port",
                      String.valueOf(port)));
      try (Playwright playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
        Browser browser = connect(playwright, port, recording);
        playThePerson(page(browser));
      }
      CliRunner.Result r = recording.get(60, TimeUnit.SECONDS);
      assertEquals(ExitCode.OK, r.exitCode(), r.toString());
      assertTrue(r.out().contains("reached payment"), r.out());
    }

    String yaml = Files.readString(recipe, StandardCharsets.UTF_8);
    // user-facing locators, with a CSS fallback
    assertTrue(yaml.contains("{role: combobox, name: Ticket type"), yaml);
    assertTrue(yaml.contains("option: Standing"), yaml);
    assertTrue(yaml.contains("- select: {label: Quantity, option: \"${quantity}\"}"), yaml);
    assertTrue(yaml.contains("quantity: 2"), yaml);
    assertTrue(yaml.contains("{role: button, name: Add to basket}"), yaml);
    assertFalse(yaml.contains("- click: {any: [{role: textbox"), "the fill focuses: " + yaml);
    assertTrue(yaml.contains("{role: link, name: Checkout}"), yaml);
    assertTrue(yaml.contains("\"css="), yaml);
    // the profile's details as variables, never as typed
    assertTrue(yaml.contains("value: \"${profile.name}\""), yaml);
    assertTrue(yaml.contains("value: \"${profile.email}\""), yaml);
    assertTrue(yaml.contains("value: \"${profile.address.postcode}\""), yaml);
    assertFalse(yaml.contains("Alex Example"), yaml);
    assertFalse(yaml.contains("alex@example.com"), yaml);
    // the security check is a person's: a challenge handoff, never a click on the check
    assertTrue(yaml.contains("reason: challenge"), yaml);
    assertFalse(yaml.contains("not a robot"), yaml);
    // it stops at payment: a payment handoff, no card data
    assertTrue(
        yaml.trim().endsWith("message: Check the order and pay in the browser window"), yaml);
    assertTrue(yaml.contains("reason: payment"), yaml);
    assertFalse(yaml.contains("4242"), yaml);
    assertFalse(yaml.contains("Accept all\"}"), "errand closes the cookie banner itself: " + yaml);

    CliRunner.Result valid =
        new CliRunner(Path.of("").toAbsolutePath()).run("validate", recipe.toString());
    assertEquals(ExitCode.OK, valid.exitCode(), valid.toString() + "\n" + yaml);

    // replayed against a fresh shop (headless: errand's demo stand-in ticks the demo's check)
    CliRunner.Result replay =
        new CliRunner(tmp)
            .env("ERRAND_HOME", tmp.resolve("home").toString())
            .run("demo", "--recipe", recipe.toString(), "--headless", "--release-in", "3s");
    assertEquals(ExitCode.OK, replay.exitCode(), replay + "\n" + yaml);
    assertTrue(replay.out().contains("outcome: reached-payment"), replay.out());
    RunIT.assertNoBrowserLeft();
  }

  /** The person: buys two standing tickets, ticks the check, gives the details, goes to pay. */
  private static void playThePerson(Page page) {
    page.waitForURL("**/events/aurora-live");
    Locator accept =
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept all"));
    try {
      accept.click(new Locator.ClickOptions().setTimeout(5000));
    } catch (PlaywrightException e) {
      // no cookie banner this time
    }
    page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Ticket type")).click();
    page.getByRole(
            AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^Standing")))
        .click();
    page.getByLabel("Quantity").selectOption("2");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to basket")).click();
    page.waitForURL("**/basket");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Checkout")).click();
    page.waitForURL(Pattern.compile("/(security-check|checkout)"));
    if (page.url().contains("/security-check")) {
      page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("I'm not a robot"))
          .click();
      page.waitForURL("**/checkout");
    }
    type(page, "Full name", "Alex Example");
    type(page, "Email", "alex@example.com");
    type(page, "Phone", "+44 7700 900123");
    type(page, "Postcode", "N1 9GU");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment"))
        .click();
    page.waitForURL("**/payment");
  }

  private static void type(Page page, String label, String text) {
    page.getByLabel(label).click();
    page.getByLabel(label).fill(text);
  }

  /** Connects once the recording browser shows the event page (its remote debugging lists it). */
  private static Browser connect(
      Playwright playwright, int port, CompletableFuture<CliRunner.Result> recording)
      throws InterruptedException {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpRequest list =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/json/list"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        String pages = http.send(list, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        if (pages.contains("/events/aurora-live")) {
          return playwright.chromium().connectOverCDP("http://127.0.0.1:" + port);
        }
      } catch (IOException | PlaywrightException e) {
        // not up yet
      }
      if (recording.isDone() || System.nanoTime() > until) {
        throw new AssertionError("the recording browser never opened: " + recording.getNow(null));
      }
      Thread.sleep(250);
    }
  }

  private static Page page(Browser browser) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < until) {
      for (var context : browser.contexts()) {
        for (Page p : context.pages()) {
          if (p.url().contains("/events/aurora-live")) {
            return p;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the recording browser never showed the event page");
  }

  private static void waitUntil(Instant instant) throws InterruptedException {
    while (Instant.now().isBefore(instant)) {
      Thread.sleep(50);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
