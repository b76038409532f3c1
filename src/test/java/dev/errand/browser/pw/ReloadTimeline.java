package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.Timing;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What the browser reports about one reload while it happens, without extra calls in the measured
 * path: listeners record the document request's timing and when Java heard of {@code
 * DOMContentLoaded}. Times are ms after a reference instant (-1 when not seen).
 */
final class ReloadTimeline implements AutoCloseable {

  private final Page page;
  private final String pathPart;
  private final double reference;
  private final Consumer<Request> onFinished = this::finished;
  private final Consumer<Page> onDom = p -> domSeen = sinceReference(Instant.now());
  private double requestStart = -1;
  private double responseStart = -1;
  private double responseEnd = -1;
  private double domSeen = -1;

  /** Starts listening for a document whose URL contains {@code pathPart}. */
  ReloadTimeline(Page page, String pathPart, Instant reference) {
    this.page = page;
    this.pathPart = pathPart;
    this.reference = reference.toEpochMilli() + (reference.getNano() % 1_000_000) / 1e6;
    page.onRequestFinished(onFinished);
    page.onDOMContentLoaded(onDom);
  }

  private void finished(Request request) {
    if (request.isNavigationRequest() && request.url().contains(pathPart) && requestStart < 0) {
      Timing t = request.timing();
      requestStart = t.startTime - reference;
      responseStart = t.startTime + t.responseStart - reference;
      responseEnd = t.startTime + t.responseEnd - reference;
    }
  }

  private double sinceReference(Instant at) {
    return at.toEpochMilli() + (at.getNano() % 1_000_000) / 1e6 - reference;
  }

  /** The browser started the document request. */
  double requestStartMs() {
    return requestStart;
  }

  /** The first byte of the response arrived. */
  double responseStartMs() {
    return responseStart;
  }

  /** The last byte of the response arrived. */
  double responseEndMs() {
    return responseEnd;
  }

  /** Java heard that the DOM was ready (an upper bound: events arrive during calls). */
  double domSeenMs() {
    return domSeen;
  }

  @Override
  public void close() {
    page.offRequestFinished(onFinished);
    page.offDOMContentLoaded(onDom);
  }
}
