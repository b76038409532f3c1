package dev.errand.report;

import static dev.errand.report.Html.esc;
import static dev.errand.report.Html.num;

import dev.errand.journal.AttemptRecord;
import dev.errand.journal.StepRecord;

/**
 * The steps as a table: phase, step, when it started, how long it took (with a bar on one scale for
 * the whole run), its result, what it matched and its recipe line.
 */
final class StepTable {

  private StepTable() {}

  static String render(AttemptRecord r) {
    if (r.steps().isEmpty()) {
      return "<p class=\"muted\">No steps.</p>";
    }
    boolean release = r.timebase().relativeToRelease();
    double longest = r.steps().stream().mapToDouble(s -> s.durationMs().orElse(0)).max().orElse(1);
    StringBuilder h = new StringBuilder();
    h.append("<table class=\"steps\"><thead><tr><th>#</th><th>phase</th><th>step</th>")
        .append("<th class=\"num\">started</th><th>took</th><th>result</th><th>line</th>")
        .append("</tr></thead><tbody>");
    int n = 0;
    for (StepRecord s : r.steps()) {
      n++;
      h.append("<tr class=\"")
          .append(s.failed() ? "row-bad" : s.ok() ? "" : "row-warn")
          .append("\"><td class=\"muted\">")
          .append(n)
          .append("</td><td><span class=\"pill ")
          .append(Html.phase(s.phase()))
          .append("\">")
          .append(esc(s.phase()))
          .append("</span></td><td><div class=\"stepname\">")
          .append(esc(s.description()))
          .append("</div>");
      s.matched()
          .filter(m -> !s.description().contains(m) && !s.type().equals("handoff"))
          .ifPresent(m -> h.append("<div class=\"sub\">matched ").append(esc(m)).append("</div>"));
      s.status()
          .ifPresent(
              code -> {
                String text = "HTTP " + code;
                if (s.matched().filter(m -> m.contains(text)).isEmpty()) {
                  h.append("<div class=\"sub")
                      .append(code >= 400 ? " warn" : "")
                      .append("\">page answered ")
                      .append(esc(text))
                      .append("</div>");
                }
              });
      s.message()
          .ifPresent(
              m ->
                  h.append("<div class=\"sub ")
                      .append(s.failed() ? "bad" : "")
                      .append("\">")
                      .append(esc(m))
                      .append("</div>"));
      if (s.retries() > 0) {
        h.append("<div class=\"sub warn\">retried ")
            .append(s.retries())
            .append(s.retries() == 1 ? " time" : " times")
            .append("</div>");
      }
      h.append("</td><td class=\"num mono\">")
          .append(esc(TimeText.stamp(s.startMs(), release)))
          .append("</td><td class=\"took\">");
      if (s.finished()) {
        double ms = s.durationMs().getAsDouble();
        h.append("<span class=\"mono\">")
            .append(esc(TimeText.millis(ms)))
            .append("</span><span class=\"minibar\"><span class=\"")
            .append(Html.phase(s.phase()))
            .append("\" style=\"width:")
            .append(num(Math.max(1.5, 100 * ms / Math.max(longest, 1))))
            .append("%\"></span></span>");
      } else {
        h.append("<span class=\"bad\">no end</span>");
      }
      h.append("</td><td><span class=\"badge ")
          .append(badge(s))
          .append("\">")
          .append(esc(s.finished() ? s.result() : "crashed here"))
          .append("</span></td><td class=\"muted mono\">")
          .append(s.line().isPresent() ? String.valueOf(s.line().getAsInt()) : "")
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
    return h.toString();
  }

  private static String badge(StepRecord s) {
    if (s.failed()) {
      return "bad";
    }
    return s.ok() ? "good" : "warn";
  }
}
