package dev.errand.handoff;

import dev.errand.browser.BrowserPage;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResponder;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;

/**
 * For {@code errand demo} with a person at the wheel: at payment on the demo shop, says that this
 * shop takes a test card, so the person may pay and see the run through to {@code purchased}, or
 * press Enter to end here; then hands over to {@code person}, who pays or not. errand types no card
 * data and presses nothing here.
 */
public final class DemoPaymentGuide implements HandoffResponder {

  /** A card the demo shop accepts (it takes any valid card number with a future expiry). */
  public static final String TEST_CARD = "4242 4242 4242 4242";

  private final DemoOrigin demoOrigin;
  private final HandoffResponder person;

  /**
   * @param demoOrigin the demo shop's own origin, e.g. {@code http://127.0.0.1:43123}
   * @param person the person who takes over, and pays if they like
   */
  public DemoPaymentGuide(String demoOrigin, HandoffResponder person) {
    this.demoOrigin = new DemoOrigin(demoOrigin);
    this.person = person;
  }

  @Override
  public HandoffResult handOff(HandoffRequest request, BrowserPage page, RunListener listener) {
    if (demoOrigin.contains(page.url())) {
      listener.note(
          "this is the demo shop, so no money moves: pay with its test card "
              + TEST_CARD
              + ", any future expiry (12 / 34), any CVC (123) and any name to see the run through"
              + " to purchased, or press Enter to end here. errand itself never pays.");
    }
    return person.handOff(request, page, listener);
  }
}
