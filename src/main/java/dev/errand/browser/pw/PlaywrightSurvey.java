package dev.errand.browser.pw;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.PageSurvey;
import dev.errand.browser.pagescript.ScriptResource;
import dev.errand.recipe.Locator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link PageSurvey} on a Playwright page: counts with Playwright's own locators (as the run's
 * steps find them), reads the page with {@code survey.js}, keeps the page's own requests through
 * Playwright's request events.
 */
public final class PlaywrightSurvey implements PageSurvey {

  private static final String LOOK = ScriptResource.withDom("", ScriptResource.load("survey.js"));

  private static final String SUBMITS =
      "el => { const t = (el.getAttribute('type') || '').toLowerCase();"
          + " const form = el.form || el.closest('form');"
          + " if (el.tagName === 'INPUT') return !!form && (t === 'submit' || t === 'image');"
          + " if (el.tagName === 'BUTTON') return !!form && (t === '' || t === 'submit');"
          + " return false; }";

  private static final int MAX_BODY = 256 * 1024;
  private static final int MAX_KEPT = 200;

  private final Page page;
  private final List<Request> requests = new ArrayList<>();
  private final List<Response> responses = new ArrayList<>();
  private long since = System.nanoTime();
  private boolean recording;

  PlaywrightSurvey(Page page) {
    this.page = page;
  }

  /** The survey of {@code session}'s page, when errand's Playwright browser runs it. */
  public static Optional<PageSurvey> of(BrowserSession session) {
    return session instanceof PlaywrightSession s
        ? Optional.of(new PlaywrightSurvey(s.playwrightPage()))
        : Optional.empty();
  }

  @Override
  public void record() {
    if (recording) {
      return;
    }
    recording = true;
    since = System.nanoTime();
    page.onRequest(
        r -> {
          String kind = r.resourceType();
          if ((kind.equals("fetch") || kind.equals("xhr") || kind.equals("eventsource"))
              && requests.size() < MAX_KEPT) {
            requests.add(new Request(r.method(), r.url(), kind, elapsed()));
          }
        });
    page.onWebSocket(
        w -> {
          if (requests.size() < MAX_KEPT) {
            requests.add(new Request("GET", w.url(), "websocket", elapsed()));
          }
        });
    page.onResponse(
        r -> {
          String kind = r.request().resourceType();
          if ((kind.equals("fetch") || kind.equals("xhr")) && responses.size() < MAX_KEPT) {
            responses.add(r);
          }
        });
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - since);
  }

  @Override
  public int visibleMatches(Locator target) {
    int n = 0;
    for (Candidate c : LocatorMapper.candidates(Scope.of(page), target)) {
      try {
        n += c.visible().count();
      } catch (PlaywrightException e) {
        // a frame that is not there, or a selector the page cannot read: no match
      }
    }
    return n;
  }

  @Override
  public boolean submits(Locator target) {
    for (Candidate c : LocatorMapper.candidates(Scope.of(page), target)) {
      try {
        if (c.visible().count() > 0) {
          return Boolean.TRUE.equals(c.visible().first().evaluate(SUBMITS));
        }
      } catch (PlaywrightException e) {
        // read as no match
      }
    }
    return false;
  }

  @Override
  public Look look() {
    Object raw;
    try {
      raw = page.evaluate(LOOK);
    } catch (PlaywrightException e) {
      return new Look(List.of(), List.of(), List.of(), "");
    }
    if (!(raw instanceof Map<?, ?> map)) {
      return new Look(List.of(), List.of(), List.of(), "");
    }
    List<Control> controls = new ArrayList<>();
    for (Map<?, ?> c : maps(map.get("controls"))) {
      controls.add(
          new Control(
              text(c, "role"),
              text(c, "name"),
              text(c, "label"),
              text(c, "text"),
              text(c, "testId"),
              text(c, "placeholder")));
    }
    List<Clue> clues = new ArrayList<>();
    for (Map<?, ?> c : maps(map.get("clues"))) {
      clues.add(new Clue(text(c, "where"), text(c, "key"), text(c, "text")));
    }
    List<String> scripts = new ArrayList<>();
    for (Map<?, ?> s : maps(map.get("scripts"))) {
      scripts.add(text(s, "text"));
    }
    return new Look(controls, clues, scripts, text(map, "text"));
  }

  @Override
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public List<Answer> answers() {
    List<Answer> out = new ArrayList<>();
    for (Response r : responses) {
      try {
        String type = Optional.ofNullable(r.headerValue("content-type")).orElse("");
        if (!type.contains("json") && !type.startsWith("text/")) {
          continue;
        }
        byte[] body = r.body();
        if (body.length <= MAX_BODY) {
          out.add(new Answer(r.url(), new String(body, java.nio.charset.StandardCharsets.UTF_8)));
        }
      } catch (PlaywrightException e) {
        // a body the browser no longer keeps: left out
      }
    }
    return out;
  }

  private static List<Map<?, ?>> maps(@Nullable Object o) {
    List<Map<?, ?>> out = new ArrayList<>();
    if (o instanceof List<?> list) {
      for (Object e : list) {
        if (e instanceof Map<?, ?> m) {
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
