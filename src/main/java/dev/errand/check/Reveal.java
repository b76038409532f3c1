package dev.errand.check;

import dev.errand.browser.PageSurvey;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a sale page will reveal its buy controls, read before the sale, and what that means for the
 * recipe's at-release steps. {@link #read} decides from what the page did while errand watched it:
 * buy controls already shown; one endpoint asked again and again (polling); a live connection
 * (push); text that kept changing or a target time in its scripts or their answers (a countdown);
 * else a page that only changes when loaded again (server-rendered).
 */
record Reveal(Reveal.Kind kind, String finding, String advice) {

  enum Kind {
    SHOWN,
    POLLING,
    PUSH,
    COUNTDOWN,
    SERVER
  }

  /** How many times one endpoint is asked, while errand watches, to count as polling. */
  static final int POLLS = 3;

  /**
   * @param buyShown whether the at-release steps' controls are on the page already
   * @param requests the page's own requests while loaded and watched
   * @param ticking whether its text changed while errand watched it, with no page load
   * @param target the page's release instant, when it keeps one
   * @param reloadsFirst whether the recipe's at-release section starts with a reload
   */
  static Reveal read(
      boolean buyShown,
      List<PageSurvey.Request> requests,
      boolean ticking,
      Optional<PageTime> target,
      boolean reloadsFirst) {
    String reloadFirst =
        reloadsFirst
            ? "the recipe's at-release starts with reload already"
            : "put `- reload` first in at-release";
    if (buyShown) {
      return new Reveal(
          Kind.SHOWN,
          "the buy controls are on the page already, before the sale",
          "nothing to reveal: errand acts on them at the instant, and the shop decides (an early"
              + " order is turned away; the release window tries again)");
    }
    Optional<Polling> polling = polling(requests);
    if (polling.isPresent()) {
      Polling p = polling.get();
      return new Reveal(
          Kind.POLLING,
          "this page polls " + p.path() + " every " + seconds(p.every()),
          "it shows the buy controls up to "
              + seconds(p.every())
              + " after the instant; a reload at the instant is faster: "
              + reloadFirst);
    }
    Optional<PageSurvey.Request> push =
        requests.stream()
            .filter(r -> r.kind().equals("websocket") || r.kind().equals("eventsource"))
            .findFirst();
    if (push.isPresent()) {
      return new Reveal(
          Kind.PUSH,
          "the page keeps a live connection ("
              + push.get().kind()
              + " "
              + path(push.get().url())
              + "): the site tells it when to show the buy controls",
          "errand's first wait-for takes them the moment they show; keep a reload (with `when:"
              + " {hidden: …}`) for when they do not");
    }
    boolean scripted =
        target.isPresent()
            && !target.get().where().equals("a <time datetime>")
            && !target.get().where().equals("the page's markup");
    if (ticking || scripted) {
      String to =
          target
              .map(t -> " to " + ReleaseReading.time(t.instant(), 3) + " (from " + t.where() + ")")
              .orElse("");
      return new Reveal(
          Kind.COUNTDOWN,
          "a countdown" + to + ": the page shows the buy controls by itself when it ends",
          "errand's first wait-for takes them the moment they show; keep a reload (with `when:"
              + " {hidden: …}`) for when they do not");
    }
    return new Reveal(
        Kind.SERVER,
        "server-rendered: the page neither counts down nor asks the site for news, so it changes"
            + " only when loaded again",
        reloadFirst);
  }

  /** An endpoint the page asked {@link #POLLS} times or more, and how often. */
  record Polling(String path, Duration every) {}

  static Optional<Polling> polling(List<PageSurvey.Request> requests) {
    Map<String, List<Duration>> byEndpoint = new LinkedHashMap<>();
    for (PageSurvey.Request r : requests) {
      if (r.kind().equals("fetch") || r.kind().equals("xhr")) {
        byEndpoint
            .computeIfAbsent(r.method() + " " + path(r.url()), k -> new ArrayList<>())
            .add(r.at());
      }
    }
    for (Map.Entry<String, List<Duration>> e : byEndpoint.entrySet()) {
      List<Duration> at = e.getValue();
      if (at.size() >= POLLS) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < at.size(); i++) {
          gaps.add(at.get(i).minus(at.get(i - 1)).toMillis());
        }
        gaps.sort(Long::compare);
        long median = gaps.get(gaps.size() / 2);
        String path = e.getKey().substring(e.getKey().indexOf(' ') + 1);
        return Optional.of(new Polling(path, Duration.ofMillis(median)));
      }
    }
    return Optional.empty();
  }

  private static String seconds(Duration d) {
    double s = Math.round(d.toMillis() / 100.0) / 10.0;
    return s == Math.rint(s)
        ? String.format(Locale.ROOT, "%.0f s", s)
        : String.format(Locale.ROOT, "%.1f s", s);
  }

  static String path(String url) {
    try {
      String p = URI.create(url).getRawPath();
      return p == null || p.isEmpty() ? url : p;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
