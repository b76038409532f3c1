package dev.errand.attempt;

import dev.errand.browser.BrowserInfo;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.Tracer;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The attempt's browser session over whichever browser is running: its {@link LivePage} and its
 * tracer follow a new browser started after a crash ({@link #swap}). Closing closes the browser
 * running now.
 */
final class LiveSession implements BrowserSession {

  private volatile BrowserSession current;
  private final LivePage page;

  LiveSession(BrowserSession first, LongSupplier nanoTime) {
    this.current = first;
    this.page = new LivePage(first, nanoTime);
  }

  /** The browser running now. */
  BrowserSession current() {
    return current;
  }

  /** Acts on {@code next} from now on, with the cookies the last browser was last seen with. */
  void swap(BrowserSession next) {
    page.swap(next);
    current = next;
  }

  LivePage livePage() {
    return page;
  }

  @Override
  public BrowserPage page() {
    return page;
  }

  @Override
  public BrowserInfo info() {
    return current.info();
  }

  @Override
  public Tracer tracer() {
    return new Tracer() {
      @Override
      public void startChunk(String title) {
        current.tracer().startChunk(title);
      }

      @Override
      public void saveChunk(Path file) {
        current.tracer().saveChunk(file);
      }

      @Override
      public void stop() {
        current.tracer().stop();
      }
    };
  }

  @Override
  public boolean gone() {
    return current.gone();
  }

  @Override
  public void close() {
    current.close();
  }
}
