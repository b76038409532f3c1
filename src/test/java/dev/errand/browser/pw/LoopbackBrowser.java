package dev.errand.browser.pw;

import dev.errand.browser.BrowserPage;
import dev.errand.browser.BrowserSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A headless browser and the loopback pages it opens; {@link SharedBrowser} gives one to every
 * browser test of the JVM.
 */
final class LoopbackBrowser implements AutoCloseable {

  private final TestPages pages;
  private final BrowserSession session;
  private int next;

  private LoopbackBrowser(TestPages pages, BrowserSession session) {
    this.pages = pages;
    this.session = session;
  }

  /** Serves pages on loopback and starts the browser with its profile under {@code tmp}. */
  static LoopbackBrowser start(Path tmp) {
    TestPages pages = TestPages.start();
    try {
      return new LoopbackBrowser(pages, Browsers.launch(tmp.resolve("profile")));
    } catch (RuntimeException e) {
      pages.close();
      throw e;
    }
  }

  BrowserPage page() {
    return session.page();
  }

  /** The page server, for extra pages (frames, links) a test page refers to. */
  TestPages pages() {
    return pages;
  }

  /**
   * Serves the document {@code document} makes of a fresh path at that path, opens it (waiting up
   * to {@code timeout}) and returns its URL.
   */
  String open(UnaryOperator<String> document, Duration timeout) {
    String path = "/p" + (next++);
    pages.page(path, document.apply(path));
    String url = pages.url(path);
    page().navigate(url, timeout);
    return url;
  }

  /** Serves {@code body} in a page of its own at a fresh path, opens it and returns its URL. */
  String open(String body, Duration timeout) {
    return open(path -> "<!doctype html><html><body>" + body + "</body></html>", timeout);
  }

  @Override
  public void close() {
    try {
      session.close();
    } finally {
      pages.close();
    }
  }
}
