package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.Detection;
import dev.errand.browser.Detection.Kind;
import dev.errand.browser.recognition.CardFields;
import dev.errand.browser.recognition.ControlFacts;
import dev.errand.browser.recognition.DetectScripts;
import dev.errand.browser.recognition.PayWording;
import dev.errand.browser.recognition.SavedCards;
import dev.errand.browser.recognition.Signature;
import dev.errand.browser.recognition.Signatures;
import java.time.Duration;
import java.util.List;

/**
 * Tells whether an action's target is a control errand must refuse: a card input or anything inside
 * a payment widget or provider frame (by markup), or a button or link whose label pays ({@link
 * PayWording}; looser wording only on a payment step: where the page shows payment entry or a
 * {@link SavedCards saved card}).
 */
final class PaymentControls {

  /** How long to wait for the target to be visible: a check, not an action. */
  static final Duration LOOK = Duration.ofSeconds(1);

  private static final String PAGE_TEXT = "() => document.body ? document.body.innerText : ''";

  private final Page page;
  private final Targets targets;
  private final Detector detector;
  private final List<Signature> table = Signatures.ALL;
  private final List<Signature> frameSignatures = Signatures.onFrames();

  PaymentControls(Page page, Targets targets, Detector detector) {
    this.page = page;
    this.targets = targets;
    this.detector = detector;
  }

  /** False when nothing visible matches {@code target} within {@link #LOOK}. */
  boolean isPaymentControl(dev.errand.recipe.Locator target) {
    Deadline deadline = Deadline.in(LOOK);
    Target found;
    ControlFacts facts;
    try {
      found = targets.await(target, deadline);
    } catch (BrowserActionException e) {
      return false;
    } catch (PlaywrightException e) {
      throw unreadable(target.describe(), e);
    }
    Object seen;
    try {
      seen =
          found
              .element()
              .evaluate(
                  DetectScripts.control(),
                  DetectScripts.table(),
                  new Locator.EvaluateOptions().setTimeout(deadline.remainingMs()));
      facts = ControlFacts.of(seen);
    } catch (PlaywrightException e) {
      throw unreadable(found.description(), e);
    }
    if (CardFields.inControl(seen)) {
      return true;
    }
    if (facts.inPaymentMarkup(table) || facts.inPaymentFrame(frameSignatures)) {
      return true;
    }
    return switch (PayWording.of(facts.label())) {
      case COMMITS -> true;
      case COMMITS_WITH_PAYMENT_ENTRY -> isPaymentStep(found.description());
      case NONE -> false;
    };
  }

  /** Payment entry on the page, or a saved card in its text. */
  private boolean isPaymentStep(String what) {
    if (Detection.any(detector.detect(), Kind.PAYMENT)) {
      return true;
    }
    try {
      return SavedCards.shownIn(String.valueOf(page.evaluate(PAGE_TEXT)));
    } catch (PlaywrightException e) {
      throw unreadable(what, e);
    }
  }

  private static BrowserActionException unreadable(String what, PlaywrightException e) {
    return new BrowserActionException(
        "could not tell whether " + what + " is a payment control: " + PlaywrightErrors.headline(e),
        e);
  }
}
