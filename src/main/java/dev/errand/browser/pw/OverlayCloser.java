package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.recognition.OverlayScripts;
import dev.errand.browser.strike.StrikePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes what covers the page: one look by the overlay script (the recipe's dismiss rules, known
 * consent managers, consent and newsletter boxes recognised by wording), then trusted input for the
 * first thing found (a mouse click at the centre of its control, or Escape: one at a time, since
 * each may change the page), and a look again, until nothing new shows (a few rounds at most). When
 * nothing covers the page, it costs that one look. Never clicks a control whose label pays, one
 * inside payment markup, or a link off the site.
 */
final class OverlayCloser {

  private static final Logger LOG = LoggerFactory.getLogger(OverlayCloser.class);

  /**
   * Things closed at most per call (each followed by a look): what closing one overlay uncovers is
   * closed too, within reason.
   */
  private static final int ACTS = 3;

  /** How long a rule the page cannot look up itself gets to be clicked. */
  private static final double RULE_CLICK_MS = 1_000;

  private final Page page;
  private final Targets targets;
  private final PaymentControls paymentControls;

  OverlayCloser(Page page, Targets targets, PaymentControls paymentControls) {
    this.page = page;
    this.targets = targets;
    this.paymentControls = paymentControls;
  }

  /** What it closed, each as "the OneTrust cookie banner (Accept All Cookies)". */
  List<String> dismiss(
      List<dev.errand.recipe.Locator> rules, Optional<dev.errand.recipe.Locator> keep) {
    List<@Nullable String> ruleJson = new ArrayList<>();
    for (dev.errand.recipe.Locator rule : rules) {
      ruleJson.add(StrikePlan.candidatesJson(rule).orElse(null));
    }
    String keepJson = keep.flatMap(StrikePlan::candidatesJson).orElse(null);
    Map<String, @Nullable Object> args = OverlayScripts.args(ruleJson, keepJson);
    List<String> closed = new ArrayList<>();
    Set<String> tried = new HashSet<>();
    // Escape may well do nothing: it counts as closing only once a look no longer finds the pop-up
    @Nullable String escaped = null;
    for (int round = 0; ; round++) {
      List<Map<?, ?>> found = look(args);
      if (escaped != null && keys(found).contains(escaped)) {
        closed.remove(closed.size() - 1);
        LOG.debug("Escape did not close {}", escaped);
      }
      escaped = null;
      if (round >= ACTS) {
        break;
      }
      boolean acted = false;
      for (Map<?, ?> action : found) {
        String key = String.valueOf(action.get("key"));
        if (tried.add(key)) {
          act(action);
          closed.add(report(action, rules));
          escaped = Boolean.TRUE.equals(action.get("escape")) ? key : null;
          acted = true;
          break;
        }
      }
      if (round == 0 && escaped == null) {
        acted |= clickOffPageRules(rules, ruleJson, tried, closed);
      }
      if (!acted) {
        break;
      }
    }
    return closed;
  }

  private static Set<String> keys(List<Map<?, ?>> actions) {
    Set<String> keys = new HashSet<>();
    actions.forEach(a -> keys.add(String.valueOf(a.get("key"))));
    return keys;
  }

  private List<Map<?, ?>> look(Map<String, @Nullable Object> args) {
    Object result;
    try {
      result = page.evaluate(OverlayScripts.overlay(), args);
    } catch (PlaywrightException e) {
      if (Detector.isTransient(e)) {
        return List.of(); // between documents: nothing to close yet
      }
      throw new BrowserActionException(
          "could not look for cookie banners and pop-ups: " + PlaywrightErrors.headline(e), e);
    }
    List<Map<?, ?>> actions = new ArrayList<>();
    if (result instanceof Map<?, ?> map && map.get("actions") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> action) {
          actions.add(action);
        }
      }
    }
    return actions;
  }

  private void act(Map<?, ?> action) {
    try {
      if (Boolean.TRUE.equals(action.get("escape"))) {
        page.keyboard().press("Escape");
      } else if (action.get("x") instanceof Number x && action.get("y") instanceof Number y) {
        page.mouse().click(x.doubleValue(), y.doubleValue());
      }
    } catch (PlaywrightException e) {
      if (!Detector.isTransient(e)) {
        throw new BrowserActionException(
            "could not close " + action.get("what") + ": " + PlaywrightErrors.headline(e), e);
      }
    }
  }

  /**
   * "the OneTrust cookie banner (Accept All Cookies)"; a rule's: "{text: 'No thanks'} (a dismiss
   * rule)".
   */
  private static String report(Map<?, ?> action, List<dev.errand.recipe.Locator> rules) {
    Object label = action.get("button");
    String button = label == null ? "" : String.valueOf(label);
    if ("rule".equals(action.get("kind"))) {
      int index = Integer.parseInt(String.valueOf(action.get("key")).substring("rule:".length()));
      String rule = index >= 0 && index < rules.size() ? rules.get(index).describe() : "?";
      return rule + " (a dismiss rule)";
    }
    String how = Boolean.TRUE.equals(action.get("escape")) ? "Escape" : button;
    return action.get("what") + (how.isEmpty() ? "" : " (" + how + ")");
  }

  /**
   * The rules the page cannot look up itself (frames, Playwright's own selector syntax): each a
   * quick look through Playwright, and a click on what shows unless it is a payment control.
   */
  private boolean clickOffPageRules(
      List<dev.errand.recipe.Locator> rules,
      List<@Nullable String> ruleJson,
      Set<String> tried,
      List<String> closed) {
    boolean acted = false;
    for (int i = 0; i < rules.size(); i++) {
      if (ruleJson.get(i) != null || !tried.add("rule:" + i)) {
        continue;
      }
      dev.errand.recipe.Locator rule = rules.get(i);
      try {
        Optional<Target> shown = targets.now(rule);
        if (shown.isEmpty() || paymentControls.isPaymentControl(rule)) {
          continue;
        }
        shown.get().element().click(new Locator.ClickOptions().setTimeout(RULE_CLICK_MS));
        closed.add(shown.get().description() + " (a dismiss rule)");
        acted = true;
      } catch (PlaywrightException | BrowserActionException e) {
        LOG.debug("dismiss rule {} not clicked: {}", rule.describe(), e.getMessage());
      }
    }
    return acted;
  }
}
