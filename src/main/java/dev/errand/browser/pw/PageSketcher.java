package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.PageSketch;
import dev.errand.browser.pagescript.ScriptResource;
import dev.errand.browser.recognition.OverlayScripts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page load and one look at it, for {@code errand new}: {@code sketch.js} for the title,
 * controls and fields, the overlay script (reading only) for a cookie banner. The load takes its
 * turn in the request budget and is never repeated: a refusal is reported as it is.
 */
final class PageSketcher {

  private static final String SURVEY =
      ScriptResource.withDom("args", ScriptResource.load("sketch.js"));

  /** At most this many controls and this many fields. */
  static final int MAX = 12;

  /** How long a consent manager gets to add its banner after the load, at most. */
  private static final double SETTLE_MS = 2_000;

  private final Page page;
  private final LoadPacer loads;

  PageSketcher(Page page, LoadPacer loads) {
    this.page = page;
    this.loads = loads;
  }

  PageSketch sketch(String url, Duration timeout) {
    Deadline deadline = Deadline.in(timeout);
    loads.take(url, deadline, "open " + url);
    LoadPacer.Answer answer;
    try {
      Response response =
          page.navigate(
              url,
              new Page.NavigateOptions()
                  .setWaitUntil(WaitUntilState.LOAD)
                  .setTimeout(deadline.remainingMs()));
      answer = loads.answer(url, response);
    } catch (PlaywrightException e) {
      throw NavigationErrors.of(url, timeout, e);
    } finally {
      loads.settled();
    }
    if (answer.refusal().isPresent()) {
      throw new BrowserActionException(
          "the site refused the page (" + answer.refusal().get().text() + ")");
    }
    try {
      // banners that consent managers add once the page has loaded: a short, bounded wait
      page.waitForLoadState(
          LoadState.NETWORKIDLE,
          new Page.WaitForLoadStateOptions()
              .setTimeout(Math.max(1, Math.min(SETTLE_MS, deadline.remainingMs()))));
    } catch (PlaywrightException e) {
      // still busy: look at what is there
    }
    try {
      Object found = page.evaluate(SURVEY, Map.of("max", MAX));
      Object overlays =
          page.evaluate(OverlayScripts.overlay(), OverlayScripts.args(List.of(), null));
      return read(page.url(), found, overlays);
    } catch (PlaywrightException e) {
      throw new BrowserActionException(
          "could not look at " + url + ": " + PlaywrightErrors.headline(e), e);
    }
  }

  private static PageSketch read(String url, @Nullable Object found, @Nullable Object overlays) {
    Map<?, ?> map = found instanceof Map<?, ?> m ? m : Map.of();
    List<PageSketch.Control> controls = new ArrayList<>();
    for (Map<?, ?> c : maps(map.get("controls"))) {
      controls.add(new PageSketch.Control(text(c, "role"), text(c, "name")));
    }
    List<PageSketch.Field> fields = new ArrayList<>();
    for (Map<?, ?> f : maps(map.get("fields"))) {
      fields.add(
          new PageSketch.Field(
              text(f, "label"), text(f, "kind"), text(f, "autocomplete"), text(f, "type")));
    }
    Optional<PageSketch.Banner> banner = Optional.empty();
    if (overlays instanceof Map<?, ?> o) {
      for (Map<?, ?> action : maps(o.get("actions"))) {
        if ("consent".equals(action.get("kind"))) {
          banner = Optional.of(new PageSketch.Banner(text(action, "what"), text(action, "button")));
          break;
        }
      }
    }
    return new PageSketch(url, text(map, "title"), text(map, "heading"), controls, fields, banner);
  }

  private static List<Map<?, ?>> maps(@Nullable Object list) {
    List<Map<?, ?>> out = new ArrayList<>();
    if (list instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static String text(Map<?, ?> map, String key) {
    Object v = map.get(key);
    return v == null ? "" : String.valueOf(v);
  }
}
