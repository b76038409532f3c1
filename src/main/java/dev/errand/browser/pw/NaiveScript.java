package dev.errand.browser.pw;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import dev.errand.browser.discovery.BrowserFinder;
import dev.errand.browser.discovery.FoundBrowser;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The script people write themselves, as a baseline for {@code errand bench}: plain Playwright
 * calls with default options. It opens the event page, accepts the cookie wall, sleeps until this
 * machine's clock reads the release time (it does not know the site's clock, so with a skew it is
 * early or late), reloads, picks the ticket type and quantity and clicks "Add to basket". Only the
 * bench uses it.
 */
public final class NaiveScript {

  private final @Nullable String browserSetting;

  /**
   * @param browserSetting the browser to start, as in a profile (a path or a channel); null or
   *     blank for the first one installed
   */
  public NaiveScript(@Nullable String browserSetting) {
    this.browserSetting = browserSetting;
  }

  /**
   * Runs the script once against {@code eventUrl}, acting when the local clock reads {@code
   * release}; returns once the basket page has opened.
   *
   * @throws dev.errand.browser.BrowserUnavailableException when no browser is found
   * @throws IllegalStateException when a Playwright call fails, with its first line
   * @throws InterruptedException when interrupted while sleeping
   */
  public void run(URI eventUrl, Instant release) throws InterruptedException {
    FoundBrowser found = BrowserFinder.system().find(browserSetting).orElseThrow();
    try (PlaywrightDriver driver = PlaywrightDriver.start(found)) {
      Browser browser = driver.playwright().chromium().launch(launchOptions(found));
      Page page = browser.newPage();
      addToBasket(page, eventUrl, release);
    } catch (PlaywrightException e) {
      throw new IllegalStateException("naive script: " + PlaywrightErrors.headline(e), e);
    }
  }

  /** Who buys, as a naive script hard-codes it. */
  public record Buyer(String name, String email, String phone, String postcode) {}

  /**
   * The whole purchase as the same script writes it, for {@code errand bench --faults}: what {@link
   * #run} does, then Checkout, the demo shop's own fake security check ticked as errand's demo
   * stand-in ticks it, the contact form filled with {@code buyer} and "Continue to payment";
   * returns once the payment page has opened. One try at each step, Playwright's default timeouts,
   * no retries: the first error page, refusal or missing control ends it.
   *
   * @throws dev.errand.browser.BrowserUnavailableException when no browser is found
   * @throws IllegalStateException when a Playwright call fails, with its first line
   * @throws InterruptedException when interrupted while sleeping
   */
  public void purchase(URI eventUrl, Instant release, Buyer buyer) throws InterruptedException {
    FoundBrowser found = BrowserFinder.system().find(browserSetting).orElseThrow();
    try (PlaywrightDriver driver = PlaywrightDriver.start(found)) {
      Browser browser = driver.playwright().chromium().launch(launchOptions(found));
      Page page = browser.newPage();
      addToBasket(page, eventUrl, release);
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Checkout")).click();
      page.waitForURL(Pattern.compile("/(security-check|checkout)"));
      if (page.url().contains("/security-check")) {
        page.locator("[data-demo-challenge] [role=checkbox]").click();
        page.waitForURL("**/checkout");
      }
      page.getByLabel("Full name").fill(buyer.name());
      page.getByLabel("Email").fill(buyer.email());
      page.getByLabel("Phone").fill(buyer.phone());
      page.getByLabel("Postcode").fill(buyer.postcode());
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to payment"))
          .click();
      page.waitForURL("**/payment");
    } catch (PlaywrightException e) {
      throw new IllegalStateException("naive script: " + PlaywrightErrors.headline(e), e);
    }
  }

  /**
   * Opens the event page, accepts the cookie wall, sleeps until the local clock reads {@code
   * release}, reloads, picks two standing tickets and adds them; returns once the basket opened.
   */
  private static void addToBasket(Page page, URI eventUrl, Instant release)
      throws InterruptedException {
    page.navigate(eventUrl.toString());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept all")).click();
    Duration untilRelease = Duration.between(Instant.now(), release);
    if (!untilRelease.isNegative()) {
      Thread.sleep(untilRelease.toMillis());
    }
    page.reload();
    page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Ticket type")).click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Standing")).click();
    page.getByLabel("Quantity").selectOption("2");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to basket")).click();
    page.waitForURL("**/basket");
  }

  /** Playwright's defaults, told only where the browser is. */
  private static BrowserType.LaunchOptions launchOptions(FoundBrowser found) {
    BrowserType.LaunchOptions options =
        new BrowserType.LaunchOptions().setEnv(PlaywrightDriver.browserEnv());
    switch (found.kind()) {
      case PATH -> options.setExecutablePath(Path.of(found.executable()).toAbsolutePath());
      case CHANNEL, BUNDLED -> options.setChannel(found.channel());
    }
    return options;
  }
}
