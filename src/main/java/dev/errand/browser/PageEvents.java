package dev.errand.browser;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the browser tells the run about the site's answers as they come, without Playwright types:
 * every main document's answer (whoever caused the load: a goto, a reload, a click, a form) and
 * every refusal errand waits out before it loads the page again. Called on the thread that drives
 * the page, while it drives it.
 */
public interface PageEvents {

  /** Nobody listens. */
  PageEvents NONE = new PageEvents() {};

  /** The main frame's document answered. */
  default void answered(Answer answer) {}

  /** The site refused a page load; errand waits and loads it again. */
  default void retrying(Retry retry) {}

  /**
   * A main document's answer.
   *
   * @param url the document's URL
   * @param status its HTTP status
   * @param statusText the status line's text, possibly empty
   * @param method the request's method (GET, or POST for a form)
   * @param redirect whether the request followed a redirect of the same page load
   */
  record Answer(String url, int status, String statusText, String method, boolean redirect) {

    /** "HTTP 503 Service Unavailable". */
    public String describe() {
      return "HTTP " + status + (statusText.isBlank() ? "" : " " + statusText);
    }
  }

  /**
   * A page load errand makes again after the site refused it.
   *
   * @param url what it loads
   * @param refusal what the site answered ("HTTP 503", "an error page (…)", "no answer (…)")
   * @param status the refusal's HTTP status, or null when there was no answer or it was an error
   *     page with another status
   * @param waitFor how long errand leaves the site alone first
   * @param retryAfter whether the site asked for that wait ({@code Retry-After})
   * @param attempt the try that comes next (2 for the first retry)
   * @param attempts the most tries this load makes
   */
  record Retry(
      String url,
      String refusal,
      @Nullable Integer status,
      Duration waitFor,
      boolean retryAfter,
      int attempt,
      int attempts) {}
}
