package dev.errand.browser.pw;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.OffSiteAttempt;
import dev.errand.recipe.AllowedDomains;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a page's top-level documents on the recipe's allowed domains ({@link AllowedDomains}),
 * whoever asks for them: errand's own loads, a link or form the page follows, a script, a redirect
 * (each hop is asked for on its own), and a pop-up the page opens (its page is held to the same
 * rule; one that opens off the site is closed). A document request to a host outside them is failed
 * before it leaves the browser, and the first such attempt is kept for the run to stop on.
 * Subresources (scripts, styles, images, fetches) and the documents of frames inside the page
 * (captcha and payment frames) are never held.
 *
 * <p>Two holds, because neither covers everything alone. On each page, Chromium (DevTools {@code
 * Fetch}, limited to documents) pauses every document request, each redirect hop included, until
 * errand says go: only page loads pay a round trip to errand. On the context, Playwright's routing
 * with a pattern that only off-site URLs match holds a pop-up's first page load, which goes before
 * errand hears of the pop-up; the driver lets every other request go on without asking errand, but
 * routing pauses each request in the driver and turns the HTTP cache off (docs/measurements.md has
 * what both cost). While it is the person's turn ({@link #personsTurn}) every page is theirs.
 */
final class SiteJail {

  private static final Logger LOG = LoggerFactory.getLogger(SiteJail.class);

  private final Page page;
  private final Map<Page, CDPSession> held = new LinkedHashMap<>();
  private boolean lifted;
  private @Nullable Pattern popupRoute;
  private List<String> allowed = List.of();
  private boolean personsTurn;
  private @Nullable OffSiteAttempt attempt;
  private boolean installed;

  /** Pop-ups whose first page load was stopped before errand heard of them: closed when it does. */
  private int popupsToClose;

  SiteJail(Page page) {
    this.page = page;
  }

  /** From now on, holds the page (and its pop-ups) to {@code allowedDomains}. */
  void confine(List<String> allowedDomains) {
    allowed = List.copyOf(allowedDomains);
    if (installed || allowed.isEmpty()) {
      return;
    }
    installed = true;
    hold(page);
    page.context().onPage(this::popup);
    routePopups();
  }

  /**
   * A pop-up's first page load goes before errand hears of the pop-up: Playwright's routing, set on
   * the context, holds it from the start. Only URLs off the allowed domains are handed to errand
   * (the driver matches the pattern); every other request goes on without a round trip.
   */
  private void routePopups() {
    Pattern offSite = offSite(allowed);
    popupRoute = offSite;
    page.context().route(offSite, this::routed);
  }

  /**
   * Lifts the holds in the browser, from before the wait for the release instant until {@link
   * #restore}: at the instant every page load would wait for errand's answer, and the pop-up
   * routing would pause every request in the driver and keep the HTTP cache off. Meanwhile the
   * steps at the instant act only on the page errand armed, errand's own loads are still checked
   * ({@link #check}), and a pop-up that opens off the site is closed as soon as errand hears of it.
   */
  void lift() {
    if (!installed || lifted) {
      return;
    }
    lifted = true;
    try {
      Pattern route = popupRoute;
      if (route != null) {
        page.context().unroute(route);
        popupRoute = null;
      }
      for (CDPSession session : held.values()) {
        session.send("Fetch.disable");
      }
    } catch (PlaywrightException e) {
      LOG.debug("could not lift the jail's holds: {}", e.getMessage());
    }
  }

  /** Holds again what {@link #lift} lifted. */
  void restore() {
    if (!lifted) {
      return;
    }
    lifted = false;
    try {
      routePopups();
      for (CDPSession session : held.values()) {
        session.send("Fetch.enable", documentsOnly());
      }
    } catch (PlaywrightException e) {
      LOG.debug("could not hold the page again: {}", e.getMessage());
    }
  }

  /**
   * What matches a URL that is not an http(s) URL on an allowed host (a wildcard entry is matched
   * loosely here; {@link AllowedDomains} decides).
   */
  static Pattern offSite(List<String> allowed) {
    StringBuilder hosts = new StringBuilder();
    for (String entry : allowed) {
      String e = entry.toLowerCase(Locale.ROOT);
      boolean withSubdomains = e.startsWith("*.") || e.startsWith(".");
      String domain = e.substring(e.startsWith("*.") ? 2 : withSubdomains ? 1 : 0);
      if (domain.endsWith(".")) {
        domain = domain.substring(0, domain.length() - 1);
      }
      if (!domain.matches("[a-z0-9.-]+")) {
        continue;
      }
      hosts.append(hosts.length() > 0 ? "|" : "");
      hosts.append(withSubdomains ? "(?:[^/?#@:]+\\.)?" : "").append(domain.replace(".", "\\."));
    }
    return Pattern.compile(
        "^(?!https?://(?:[^/?#@]*@)?(?:" + hosts + ")\\.?(?::\\d+)?(?:[/?#]|$))",
        Pattern.CASE_INSENSITIVE);
  }

  /**
   * A request to a URL off the allowed domains. A pop-up's page load is failed, and the pop-up
   * closed; anything else goes on (the main page's own loads are held by its session, each redirect
   * hop included, and frames inside a page load what they like).
   */
  private void routed(Route route) {
    Request request = route.request();
    Page opened;
    try {
      if (!request.isNavigationRequest()
          || personsTurn
          || AllowedDomains.allowsPage(allowed, request.url())) {
        route.fallback();
        return;
      }
      Optional<Frame> frame = frameOf(request);
      if (frame.isPresent() && (frame.get().parentFrame() != null || frame.get().page() == page)) {
        route.fallback();
        return;
      }
      opened = frame.map(Frame::page).orElse(null);
      stopped(new OffSiteAttempt(request.url(), "a pop-up"));
      route.abort("aborted");
    } catch (PlaywrightException e) {
      LOG.debug(
          "the page moved on before errand answered for {}: {}", request.url(), e.getMessage());
      return;
    }
    if (opened == null) {
      popupsToClose++; // the pop-up errand has not heard of yet is closed when it is
      return;
    }
    close(opened);
  }

  /**
   * The frame a navigation request loads; empty for a pop-up's first page load, which Playwright
   * sees before the pop-up's page exists.
   */
  private static Optional<Frame> frameOf(Request request) {
    try {
      return Optional.of(request.frame());
    } catch (PlaywrightException e) {
      return Optional.empty();
    }
  }

  private static void close(Page opened) {
    try {
      opened.close();
    } catch (PlaywrightException e) {
      LOG.debug("the pop-up closed by itself: {}", e.getMessage());
    }
  }

  /** While on, the person has the browser: nothing is held. */
  void personsTurn(boolean on) {
    personsTurn = on;
  }

  /** The first top-level load this jail stopped, if any. */
  Optional<OffSiteAttempt> attempt() {
    return Optional.ofNullable(attempt);
  }

  /**
   * Refuses, before anything is sent, a page errand itself is about to open outside the allowed
   * domains (or a {@code file:}, {@code chrome:} or {@code javascript:} one, which no request
   * shows), and keeps it as the attempt.
   */
  void check(String url) {
    if (!installed || personsTurn || AllowedDomains.allowsPage(allowed, url)) {
      return;
    }
    OffSiteAttempt off = new OffSiteAttempt(url, "errand's own page load");
    stopped(off);
    throw new BrowserActionException("refusing to open " + url + ": " + off.describe());
  }

  /** Forgets the attempt kept, for this package's tests of one page. */
  void forget() {
    attempt = null;
  }

  private void hold(Page target) {
    CDPSession session = target.context().newCDPSession(target);
    String mainFrame =
        session
            .send("Page.getFrameTree")
            .getAsJsonObject("frameTree")
            .getAsJsonObject("frame")
            .get("id")
            .getAsString();
    session.on("Fetch.requestPaused", event -> paused(session, mainFrame, event));
    held.put(target, session);
    target.onClose(p -> held.remove(p));
    if (!lifted) {
      session.send("Fetch.enable", documentsOnly());
    }
  }

  /** {@code Fetch.enable}'s parameters: every document request, before it is sent. */
  private static JsonObject documentsOnly() {
    JsonObject pattern = new JsonObject();
    pattern.addProperty("urlPattern", "*");
    pattern.addProperty("resourceType", "Document");
    pattern.addProperty("requestStage", "Request");
    JsonArray patterns = new JsonArray();
    patterns.add(pattern);
    JsonObject enable = new JsonObject();
    enable.add("patterns", patterns);
    return enable;
  }

  private void paused(CDPSession session, String mainFrame, JsonObject event) {
    String requestId = event.get("requestId").getAsString();
    String url = event.getAsJsonObject("request").get("url").getAsString();
    boolean topLevel = mainFrame.equals(string(event.get("frameId")));
    JsonObject answer = new JsonObject();
    answer.addProperty("requestId", requestId);
    try {
      if (!topLevel || personsTurn || AllowedDomains.allowsPage(allowed, url)) {
        session.send("Fetch.continueRequest", answer);
        return;
      }
      boolean redirect = event.has("redirectedRequestId");
      stopped(new OffSiteAttempt(url, redirect ? "a redirect" : "a link, form or script"));
      answer.addProperty("errorReason", "Aborted");
      session.send("Fetch.failRequest", answer);
    } catch (PlaywrightException e) {
      LOG.debug("the page moved on before errand answered for {}: {}", url, e.getMessage());
    }
  }

  /** A new page (a pop-up, a new tab): held to the same rule, and closed if it opened off-site. */
  private void popup(Page opened) {
    if (opened == page) {
      return;
    }
    try {
      String url = opened.url();
      boolean blank = url.isEmpty() || url.startsWith("about:");
      if (popupsToClose > 0 && blank) {
        popupsToClose--;
        close(opened);
        return;
      }
      if (!personsTurn && !blank && !AllowedDomains.allowsPage(allowed, url)) {
        stopped(new OffSiteAttempt(url, "a pop-up"));
        close(opened);
        return;
      }
      hold(opened);
    } catch (PlaywrightException e) {
      LOG.debug("a pop-up closed before errand held it: {}", e.getMessage());
    }
  }

  private void stopped(OffSiteAttempt off) {
    LOG.debug("stopped {}", off.describe());
    if (attempt == null) {
      attempt = off;
    }
  }

  private static String string(@Nullable JsonElement e) {
    return e == null || e.isJsonNull() ? "" : e.getAsString();
  }
}
