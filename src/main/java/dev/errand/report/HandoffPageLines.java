package dev.errand.report;

import static dev.errand.report.Html.esc;

import dev.errand.journal.HandoffPageRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A handoff's page for a phone, told under its handoff on the timeline: where it was served
 * (without its token), each device that opened it and who was in control, the input carried out
 * (counts only) and how the person finished. The text and the HTML report share the sentences.
 */
public final class HandoffPageLines {

  /** One line: when ({@code atMs}, relative to the timeline's zero), and what. */
  public record Line(double atMs, String text) {}

  private HandoffPageLines() {}

  /** The lines for {@code page}, the first (served) dated at the handoff's start. */
  public static List<Line> of(HandoffPageRecord page, double startMs) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(startMs, "handoff page served on " + page.shown()));
    for (HandoffPageRecord.Visit v : page.visits()) {
      lines.add(new Line(v.atMs(), visit(v)));
    }
    page.end().ifPresent(e -> lines.add(new Line(e.atMs(), end(e))));
    return lines;
  }

  static String visit(HandoffPageRecord.Visit v) {
    return switch (v.role()) {
      case "control" -> "opened from " + v.from() + ", in control";
      case "took-over" -> "control taken over from " + v.from();
      default -> "opened from " + v.from() + ", view only";
    };
  }

  static String end(HandoffPageRecord.End e) {
    String finished = "finished: " + finish(e.finished());
    if (e.devices() == 0) {
      return "nobody opened the page · " + finished;
    }
    return plural(e.taps(), "tap")
        + ", "
        + plural(e.scrolls(), "scroll")
        + ", "
        + plural(e.keys(), "key")
        + " carried out"
        + (e.refused() > 0 ? " (" + e.refused() + " refused)" : "")
        + " · "
        + plural(e.devices(), "device")
        + " · "
        + finished;
  }

  static String finish(String id) {
    return switch (id) {
      case "done" -> "Done on the page";
      case "abort" -> "Abort on the page";
      case "carried-on" -> "errand saw it done and carried on";
      case "terminal" -> "in the terminal";
      case "timed-out" -> "errand stopped waiting";
      default -> id;
    };
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The lines as a list under the handoff's moment. */
  static String html(HandoffPageRecord page, double startMs, boolean release) {
    StringBuilder h = new StringBuilder("<ul class=\"pagelog\">");
    for (Line line : of(page, startMs)) {
      h.append("<li><span class=\"mono stamp\">")
          .append(esc(TimeText.stamp(line.atMs(), release)))
          .append("</span><span>")
          .append(esc(line.text()))
          .append("</span></li>");
    }
    return h.append("</ul>").toString();
  }
}
