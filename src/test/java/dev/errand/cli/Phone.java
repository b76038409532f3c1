package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import dev.errand.journal.Journal;
import dev.errand.notify.WebhookReceiver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A person's phone on the handoff page, for the ITs: a phone-sized, touch-enabled context of a
 * second headless Chromium, and what the person does there (taps, swipes, typing, Done). Every
 * input goes through the handoff page; errand's own tab is read only as an oracle, to know where on
 * the picture a control is.
 */
final class Phone {

  private Phone() {}

  /** A second Chromium, for the phones. */
  static Browser phones(Playwright playwright) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true));
  }

  /** A new phone: its own context, so its own storage (its device id). */
  static BrowserContext aPhone(Browser phones) {
    return phones.newContext(
        new Browser.NewContextOptions()
            .setViewportSize(390, 844)
            .setHasTouch(true)
            .setIsMobile(true)
            .setDeviceScaleFactor(3));
  }

  /**
   * {@code phone} opens {@code link} in a new tab and sees the first picture; nothing is loaded
   * from anywhere else.
   */
  static Page opens(BrowserContext phone, String link) {
    Page page = phone.newPage();
    List<String> elsewhere = Collections.synchronizedList(new ArrayList<>());
    String origin = URI.create(link).resolve("/").toString();
    page.onRequest(
        r -> {
          if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) {
            elsewhere.add(r.url());
          }
        });
    page.navigate(link);
    page.waitForCondition(() -> frames(page) > 0);
    assertTrue(elsewhere.isEmpty(), "no third-party requests: " + elsewhere);
    return page;
  }

  static int frames(Page page) {
    return ((Number) page.evaluate("() => window.errandPage.frames")).intValue();
  }

  /** The role the page was given: {@code control} or {@code view}. */
  static String role(Page page) {
    page.waitForCondition(() -> !"".equals(page.evaluate("() => window.errandPage.role")));
    return (String) page.evaluate("() => window.errandPage.role");
  }

  static String status(Page page) {
    return String.valueOf(page.evaluate("() => window.errandPage.status"));
  }

  static long tapSent(Page page) {
    Object t = page.evaluate("() => window.errandPage.tapSent || 0");
    return ((Number) t).longValue();
  }

  @SuppressWarnings("unchecked")
  static List<Long> latencies(Page page) {
    List<Object> raw = (List<Object>) page.evaluate("() => window.errandPage.latencies");
    List<Long> out = new ArrayList<>();
    raw.forEach(o -> out.add(((Number) o).longValue()));
    return out;
  }

  static long pct(List<Long> values, int p) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
  }

  /**
   * A finger taps {@code target} (found in errand's tab) on the picture, after swiping it into view
   * on the phone when it is below or above errand's viewport.
   */
  static void tapOn(Page phone, Page errands, Locator target) {
    target.waitFor();
    double height = ((Number) errands.evaluate("() => innerHeight")).doubleValue();
    for (int swipe = 0; swipe < 5 && !inView(target, height); swipe++) {
      BoundingBox box = target.boundingBox();
      double by = box.y + box.height / 2 - height / 2;
      double scrolled = scrollY(errands);
      BoundingBox pic = phone.locator("#pic").boundingBox();
      phone.mouse().move(pic.x + pic.width / 2, pic.y + pic.height / 2);
      phone.mouse().wheel(0, by * pic.height / height);
      errands.waitForCondition(() -> scrollY(errands) != scrolled);
    }
    assertTrue(inView(target, height), "swiped into view: " + target.boundingBox());
    double[] at = fractionOf(errands, target);
    BoundingBox pic = phone.locator("#pic").boundingBox();
    phone.touchscreen().tap(pic.x + at[0] * pic.width, pic.y + at[1] * pic.height);
  }

  /** Types {@code text} in the page's keyboard field and sends it, as a person does. */
  static void type(Page phone, String text) {
    phone.locator("#text").fill(text);
    phone.locator("#send").tap();
  }

  private static boolean inView(Locator target, double height) {
    BoundingBox box = target.boundingBox();
    double y = box.y + box.height / 2;
    return y > 0 && y < height;
  }

  private static double scrollY(Page errands) {
    return ((Number) errands.evaluate("() => scrollY")).doubleValue();
  }

  /** Where {@code target}'s centre is, as fractions of errand's viewport. */
  static double[] fractionOf(Page errands, Locator target) {
    target.waitFor();
    BoundingBox box = target.boundingBox();
    double width = ((Number) errands.evaluate("() => innerWidth")).doubleValue();
    double height = ((Number) errands.evaluate("() => innerHeight")).doubleValue();
    return new double[] {(box.x + box.width / 2) / width, (box.y + box.height / 2) / height};
  }

  /** The handoff page's link in the {@code n}th JSON webhook call. */
  static String linkIn(WebhookReceiver webhook, int n, CompletableFuture<CliRunner.Result> running)
      throws Exception {
    List<WebhookReceiver.Received> got =
        HandoffIT.until(
            webhook::received,
            r -> r.size() >= n,
            running,
            Instant.now().plusSeconds(10),
            "webhook call " + n);
    JsonNode body = Journal.json().readTree(got.get(n - 1).body());
    assertTrue(body.has("handoffPage"), body.toString());
    return body.get("handoffPage").asText();
  }

  static int status(HttpClient http, URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  static String tokenOf(String link) {
    String[] parts = link.split("/", -1);
    return parts[parts.length - 2];
  }
}
