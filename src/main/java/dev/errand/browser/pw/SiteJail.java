package dev.errand.browser.pw;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.OffSiteAttempt;
import dev.errand.recipe.AllowedDomains;
import java.util.List;
import java.util.Optional;
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
 * <p>It asks Chromium (DevTools {@code Fetch}, limited to documents) to pause each document request
 * until errand says go, so only page loads pay a round trip to errand; the HTTP cache and every
 * other request are untouched. While it is the person's turn ({@link #personsTurn}) every page is
 * theirs to open.
 */
final class SiteJail {

  private static final Logger LOG = LoggerFactory.getLogger(SiteJail.class);

  private final Page page;
  private List<String> allowed = List.of();
  private boolean personsTurn;
  private @Nullable OffSiteAttempt attempt;
  private boolean installed;

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
  }

  /** While on, the person has the browser: nothing is held. */
  void personsTurn(boolean on) {
    personsTurn = on;
  }

  /** The first top-level load this jail stopped, if any. */
  Optional<OffSiteAttempt> attempt() {
    return Optional.ofNullable(attempt);
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
    JsonObject pattern = new JsonObject();
    pattern.addProperty("urlPattern", "*");
    pattern.addProperty("resourceType", "Document");
    pattern.addProperty("requestStage", "Request");
    JsonArray patterns = new JsonArray();
    patterns.add(pattern);
    JsonObject enable = new JsonObject();
    enable.add("patterns", patterns);
    session.send("Fetch.enable", enable);
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
      if (!personsTurn
          && !url.isEmpty()
          && !url.startsWith("about:")
          && !AllowedDomains.allowsPage(allowed, url)) {
        stopped(new OffSiteAttempt(url, "a pop-up"));
        opened.close();
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
