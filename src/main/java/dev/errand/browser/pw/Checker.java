package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.BrowserActionException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Checks and unchecks: Playwright's {@code setChecked} (native inputs, labels, ARIA checkboxes),
 * and for custom toggles it refuses, a click when the element's checked, aria-checked or
 * aria-pressed state differs, verified afterwards.
 */
final class Checker {

  private static final String STATE =
      "e => { const own = el => {"
          + " if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))"
          + " return el.checked;"
          + " for (const a of ['aria-checked', 'aria-pressed', 'aria-selected']) {"
          + " const v = el.getAttribute(a); if (v !== null) return v === 'true'; }"
          + " return null; };"
          + " const s = own(e); if (s !== null) return s;"
          + " const inner = e.querySelector('input[type=checkbox], input[type=radio], [aria-checked]');"
          + " return inner ? own(inner) : null; }";

  private static final Duration SETTLE = Duration.ofSeconds(1);
  private static final double POLL_MS = 40;

  private final Page page;

  Checker(Page page) {
    this.page = page;
  }

  void setChecked(Target target, boolean checked, Deadline deadline) {
    try {
      target
          .element()
          .setChecked(checked, new Locator.SetCheckedOptions().setTimeout(deadline.remainingMs()));
      return;
    } catch (PlaywrightException e) {
      boolean notACheckbox = PlaywrightErrors.mentions(e, "not a checkbox or radio button");
      boolean noChange = PlaywrightErrors.mentions(e, "did not change its state");
      if (!notACheckbox && !noChange) {
        throw e;
      }
      if (noChange && settlesTo(target, checked, deadline)) {
        return; // the page updated its state a moment after the click
      }
    }
    Boolean state = state(target);
    if (state == null) {
      throw new BrowserActionException(
          "could not "
              + verb(checked)
              + " "
              + target.description()
              + ": it has no checked state (not a checkbox, switch or toggle button)");
    }
    if (state != checked) {
      target.element().click(new Locator.ClickOptions().setTimeout(deadline.remainingMs()));
    }
    if (!settlesTo(target, checked, deadline)) {
      throw new BrowserActionException(
          "could not "
              + verb(checked)
              + " "
              + target.description()
              + ": clicking it did not"
              + " change its state");
    }
  }

  private boolean settlesTo(Target target, boolean checked, Deadline deadline) {
    Deadline settle = deadline.cappedAt(SETTLE);
    while (true) {
      Boolean state = state(target);
      if (state != null && state == checked) {
        return true;
      }
      if (settle.passed()) {
        return false;
      }
      page.waitForTimeout(Math.min(POLL_MS, settle.remainingMs()));
    }
  }

  private static @Nullable Boolean state(Target target) {
    Object v = target.element().evaluate(STATE);
    return v instanceof Boolean b ? b : null;
  }

  private static String verb(boolean checked) {
    return checked ? "check" : "uncheck";
  }
}
