package dev.errand.attempt;

import dev.errand.handoff.ByReason;
import dev.errand.handoff.DemoPaymentGuide;
import dev.errand.handoff.DemoStandIn;
import dev.errand.handoff.PageHandoff;
import dev.errand.handoff.PersonInput;
import dev.errand.handoff.StopHere;
import dev.errand.handoff.TerminalHandoff;
import dev.errand.handoff.page.HandoffPage;
import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffResponder;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;

/** Who answers an attempt's handoffs: the person, or, when nobody can take over, a stop. */
public final class Responders {

  private Responders() {}

  /**
   * The person at this terminal, taking over in the browser: in its window, or through remote
   * debugging when it has none.
   */
  public static HandoffResponder person(InputStream in, Clock clock, boolean headless) {
    return new TerminalHandoff(
        PersonInput.reading(in),
        clock,
        headless ? TerminalHandoff.REMOTELY : TerminalHandoff.IN_THE_WINDOW);
  }

  /** Nobody can take over in a headless browser: the run ends at its first handoff. */
  public static HandoffResponder nobody() {
    return new ByReason(
        new StopHere(
            "errand runs headless, so nobody can take over in the browser; the run ends at this"
                + " handoff. Run with a display (without --headless), or with"
                + " --remote-handoff, to take over."));
  }

  /**
   * On the demo shop, a person answers every handoff; at payment the shop takes a test card, so
   * they may pay and see the run through to purchased, or press Enter to end there.
   */
  public static HandoffResponder demoPerson(
      URI shop, InputStream in, Clock clock, boolean headless) {
    HandoffResponder person = person(in, clock, headless);
    return new ByReason(person)
        .on(HandoffReason.PAYMENT, new DemoPaymentGuide(shop.toString(), person));
  }

  /**
   * On the demo shop with nobody to take over: a stand-in ticks the demo's own check, and the demo
   * ends at payment.
   */
  public static HandoffResponder demoStandIn(URI shop) {
    StopHere atPayment =
        new StopHere(
            "errand stops at payment and never pays: on a real run, you pay in the browser window.");
    StopHere nobody =
        new StopHere("no display, so nobody can take over here; the demo ends at this handoff.");
    return new ByReason(nobody)
        .on(HandoffReason.CHALLENGE, new DemoStandIn(shop.toString(), nobody))
        .on(HandoffReason.PAYMENT, atPayment);
  }

  /**
   * The person on the handoff page (from a phone or any browser), with this terminal's Enter and
   * {@code a} still working.
   */
  public static HandoffResponder onPage(InputStream in, Clock clock, HandoffPage page) {
    return new PageHandoff(PersonInput.reading(in), clock, page);
  }

  /**
   * On the demo shop, the person on the handoff page answers every handoff; at payment the shop
   * takes a test card, so they may pay through the page, or press Done to end there.
   */
  public static HandoffResponder demoOnPage(
      URI shop, InputStream in, Clock clock, HandoffPage page) {
    HandoffResponder person = onPage(in, clock, page);
    return new ByReason(person)
        .on(HandoffReason.PAYMENT, new DemoPaymentGuide(shop.toString(), person));
  }
}
