package dev.errand.browser;

/** A launched browser with its one page. Closing ends the browser process. */
public interface BrowserSession extends AutoCloseable {

  BrowserPage page();

  BrowserInfo info();

  /** Traces this browser's context in chunks. */
  Tracer tracer();

  @Override
  void close();

  /**
   * Whether this browser is gone: its process crashed or was killed, it disconnected, or its page
   * was closed. Cheap (no round trip). The default never says so.
   */
  default boolean gone() {
    return false;
  }

  /**
   * Remembers the browser's cookies now (in memory only, never on disk), so that a browser started
   * after this one is gone can be given them: a killed browser may not have written its latest
   * cookies (a basket's session) to its profile, and never keeps session cookies. The default
   * remembers nothing.
   */
  default void rememberCookies() {}

  /** Gives {@code next} the cookies this session last remembered. The default gives none. */
  default void carryCookiesTo(BrowserSession next) {}
}
