package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.Detection;
import dev.errand.browser.Detection.Kind;
import dev.errand.browser.pagescript.ScriptResource;
import dev.errand.browser.recognition.PayWording;
import dev.errand.browser.recognition.SavedCards;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a pay or confirm control a person could press on the page now: a shown, enabled button or
 * link whose name commits a payment ({@link PayWording}), or, on a payment step (payment entry
 * detected, or a {@link SavedCards saved card} shown), one with looser wording. One {@code
 * evaluate} for the names, a second look only for looser wording. What errand asks when it stops
 * acting, so that a final confirm page with no card fields is still the person's.
 */
final class LivePayControls {

  private static final String NAMES =
      ScriptResource.withDom("", ScriptResource.load("controls.js"));

  private static final String PAGE_TEXT = "() => document.body ? document.body.innerText : ''";

  private final Page page;
  private final Detector detector;

  LivePayControls(Page page, Detector detector) {
    this.page = page;
    this.detector = detector;
  }

  /** The name of the first such control; empty when there is none or the page cannot be read. */
  Optional<String> find() {
    List<String> names;
    try {
      names = names(page.evaluate(NAMES));
    } catch (PlaywrightException e) {
      return Optional.empty();
    }
    Optional<String> loose = Optional.empty();
    for (String name : names) {
      PayWording.Meaning meaning = PayWording.of(name);
      if (meaning == PayWording.Meaning.COMMITS) {
        return Optional.of(name);
      }
      if (meaning == PayWording.Meaning.COMMITS_WITH_PAYMENT_ENTRY && loose.isEmpty()) {
        loose = Optional.of(name);
      }
    }
    return loose.isPresent() && paymentStep() ? loose : Optional.empty();
  }

  private boolean paymentStep() {
    try {
      return Detection.any(detector.detect(), Kind.PAYMENT)
          || SavedCards.shownIn(String.valueOf(page.evaluate(PAGE_TEXT)));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static List<String> names(Object evaluated) {
    List<String> names = new ArrayList<>();
    if (evaluated instanceof List<?> list) {
      for (Object o : list) {
        if (o != null) {
          names.add(o.toString());
        }
      }
    }
    return names;
  }
}
