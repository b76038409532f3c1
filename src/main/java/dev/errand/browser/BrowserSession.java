package dev.errand.browser;

/** A launched browser with its one page. Closing ends the browser process. */
public interface BrowserSession extends AutoCloseable {

  BrowserPage page();

  BrowserInfo info();

  /** Traces this browser's context in chunks. */
  Tracer tracer();

  @Override
  void close();
}
