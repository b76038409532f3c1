package dev.errand.report;

import static dev.errand.report.Html.esc;

import dev.errand.journal.AttemptRecord;
import dev.errand.journal.ClockSyncRecord;
import dev.errand.journal.HandoffRecord;
import dev.errand.journal.NoteRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What happened besides steps, in time order: clock readings, the release, handoffs, notes. */
final class MomentsList {

  private record Moment(double ms, String tag, String css, String html) {}

  private MomentsList() {}

  static String render(AttemptRecord r) {
    boolean release = r.timebase().relativeToRelease();
    List<Moment> moments = new ArrayList<>();
    for (ClockSyncRecord c : r.clockSyncs()) {
      moments.add(
          new Moment(
              c.atMs(),
              "clock",
              c.ok() ? "" : "warn",
              "site clock (" + esc(c.phase()) + "): " + esc(c.describe())));
    }
    r.release()
        .filter(rel -> rel.reached())
        .ifPresent(
            rel ->
                moments.add(
                    new Moment(
                        0,
                        "release",
                        "",
                        "<b>release instant</b>"
                            + rel.firedMs().stream()
                                .mapToObj(
                                    f -> " · errand fired " + esc(TimeText.signed(f)) + " after it")
                                .findFirst()
                                .orElse("")
                            + rel.clock()
                                .map(c -> " <span class=\"muted\">(" + esc(c) + ")</span>")
                                .orElse(""))));
    for (HandoffRecord h : r.handoffs()) {
      moments.add(
          new Moment(
              h.startMs(),
              "handoff",
              "",
              "<b>handed over</b> ("
                  + esc(h.reason())
                  + "): "
                  + esc(h.message())
                  + h.result()
                      .map(x -> " → <b>" + esc(x) + "</b>")
                      .orElse(" → <b class=\"bad\">no end</b>")
                  + h.endMs().stream()
                      .mapToObj(
                          e ->
                              " <span class=\"muted\">after "
                                  + esc(TimeText.millis(e - h.startMs()))
                                  + "</span>")
                      .findFirst()
                      .orElse("")
                  + h.page().map(p -> HandoffPageLines.html(p, h.startMs(), release)).orElse("")));
    }
    for (NoteRecord n : r.notes()) {
      moments.add(
          new Moment(
              n.atMs(),
              n.kind().equals("suspended")
                  ? "asleep"
                  : n.kind().equals("relaunch") ? "relaunch" : "note",
              n.kind().equals("suspended") || n.kind().equals("relaunch") ? "warn" : "",
              esc(n.message())));
    }
    if (moments.isEmpty()) {
      return "";
    }
    moments.sort(Comparator.comparingDouble(Moment::ms));
    StringBuilder h = new StringBuilder("<ul class=\"moments\">");
    for (Moment m : moments) {
      h.append("<li class=\"")
          .append(m.css())
          .append("\"><span class=\"mono stamp\">")
          .append(esc(TimeText.stamp(m.ms(), release)))
          .append("</span><span class=\"tag tag-")
          .append(m.tag())
          .append("\">")
          .append(m.tag())
          .append("</span><span>")
          .append(m.html())
          .append("</span></li>");
    }
    return h.append("</ul>").toString();
  }
}
