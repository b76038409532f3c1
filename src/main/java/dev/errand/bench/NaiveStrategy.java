package dev.errand.bench;

import dev.errand.browser.pw.NaiveScript;
import dev.errand.demo.DemoShop;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The naive baseline: {@link NaiveScript}, which goes by this machine's clock, so it takes the
 * shop's advertised release time as a local time.
 */
public final class NaiveStrategy implements Strategy {

  private final NaiveScript script;

  /**
   * @param browserSetting the browser to start (a path or a channel); null for any
   */
  public NaiveStrategy(@Nullable String browserSetting) {
    this.script = new NaiveScript(browserSetting);
  }

  @Override
  public String name() {
    return BenchReport.NAIVE;
  }

  /** Starting Playwright, a browser and the page takes 3–5 s here; leave room. */
  @Override
  public Duration setUp() {
    return Duration.ofSeconds(7);
  }

  @Override
  public Strike strike(DemoShop shop) throws InterruptedException {
    script.run(shop.eventUrl(), shop.releaseAt());
    return Strike.plain();
  }
}
