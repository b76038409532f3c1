package dev.errand.browser;

import dev.errand.recipe.Locator;
import java.time.Duration;
import java.util.List;

/**
 * A read-only look at the page for {@code errand check}: which controls a recipe's locators match,
 * what the page names its controls, where it keeps times, and which requests the page makes by
 * itself. Nothing here clicks, types or submits. Not thread-safe: the thread that drives the page
 * asks.
 */
public interface PageSurvey {

  /**
   * From now on, keeps the page's own requests (fetch and XHR, event streams, web sockets) and the
   * bodies of their text answers, for {@link #requests} and {@link #answers}. Call before the first
   * page load.
   */
  void record();

  /** How many visible elements {@code target} matches now (all of an {@code any:} list's). */
  int visibleMatches(Locator target);

  /**
   * Whether clicking the first visible match of {@code target} would submit a form (a submit button
   * or input inside a form, or one that names a form); false when nothing matches.
   */
  boolean submits(Locator target);

  /** The page now: its controls, the times its markup and scripts hold, its visible text. */
  Look look();

  /** The page's own requests since {@link #record}, in order. */
  List<Request> requests();

  /** The text answers (JSON and the like, up to 256 kB each) to the requests kept. */
  List<Answer> answers();

  /** A control as a recipe can name it; empty strings where it has none. */
  record Control(
      String role, String name, String label, String text, String testId, String placeholder) {}

  /**
   * A time the page may keep: {@code where} is {@code markup}; {@code key} the attribute (or the
   * element's itemprop, name or id for a {@code content} attribute); {@code text} its value.
   */
  record Clue(String where, String key, String text) {}

  /** The page's look: its controls, time clues in markup, inline scripts' text, visible text. */
  record Look(List<Control> controls, List<Clue> clues, List<String> scripts, String text) {
    public Look {
      controls = List.copyOf(controls);
      clues = List.copyOf(clues);
      scripts = List.copyOf(scripts);
    }
  }

  /**
   * A request the page made: {@code kind} is {@code fetch}, {@code xhr}, {@code eventsource} or
   * {@code websocket}; {@code at} is how long after {@link #record} it was sent.
   */
  record Request(String method, String url, String kind, Duration at) {}

  /** The text of an answer to {@code url}. */
  record Answer(String url, String body) {}
}
