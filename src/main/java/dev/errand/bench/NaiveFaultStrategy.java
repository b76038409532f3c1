package dev.errand.bench;

import dev.errand.browser.pw.NaiveScript;
import dev.errand.demo.DemoShop;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The naive baseline of {@code errand bench --faults}: {@link NaiveScript#purchase}, the whole
 * purchase in plain Playwright calls, one try each, by this machine's clock. It ends at the payment
 * page when every step went through, and fails at the first one that did not; it has no sold-out
 * verdict.
 */
public final class NaiveFaultStrategy implements FaultStrategy {

  /** The demo profile's person, as a script would hard-code them. */
  static final NaiveScript.Buyer BUYER =
      new NaiveScript.Buyer("Alex Example", "alex@example.com", "+44 7700 900123", "N1 9GU");

  private final NaiveScript script;

  /**
   * @param browserSetting the browser to start (a path or a channel); null for any
   */
  public NaiveFaultStrategy(@Nullable String browserSetting) {
    this.script = new NaiveScript(browserSetting);
  }

  @Override
  public String name() {
    return BenchReport.NAIVE;
  }

  @Override
  public FaultEnding purchase(DemoShop shop) throws InterruptedException {
    script.purchase(shop.eventUrl(), shop.releaseAt(), BUYER);
    return new FaultEnding("payment-page", "the payment page opened", true, Optional.empty());
  }
}
