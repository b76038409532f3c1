package dev.errand.report;

import static dev.errand.report.Html.esc;

import dev.errand.journal.AttemptOutcome;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.ClockSyncRecord;
import dev.errand.journal.StepRecord;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The top of the report: recipe and attempt, the outcome in colour, and the key figures. */
final class OutcomeBanner {

  private OutcomeBanner() {}

  static String render(AttemptRecord r, ZoneId zone) {
    AttemptOutcome o = r.outcome();
    String tone = Html.tone(o);
    StringBuilder h = new StringBuilder();
    h.append("<header class=\"top\"><div class=\"brand\">errand <span>attempt report</span></div>")
        .append("<h1>")
        .append(esc(r.facts().recipeName()))
        .append("</h1><div class=\"muted\">")
        .append(esc(FactsPanel.localTime(r.startedAt(), zone)))
        .append(" · profile ")
        .append(esc(r.facts().profile().isBlank() ? "—" : r.facts().profile()))
        .append(" · <span class=\"mono\">")
        .append(esc(r.id()))
        .append("</span></div></header>");
    h.append("<section class=\"banner ").append(tone).append("\"><div class=\"verdict\">");
    h.append("<div class=\"icon\">")
        .append(
            switch (o.tone()) {
              case GOOD -> "✓";
              case WARN -> "!";
              case BAD -> "✕";
            })
        .append("</div><div><div class=\"oid\">")
        .append(esc(o.id()))
        .append("</div><div class=\"omsg\">")
        .append(esc(o.message()))
        .append("</div>");
    o.step()
        .filter(s -> o.tone() != AttemptOutcome.Tone.GOOD || o.crashed())
        .ifPresent(
            s ->
                h.append("<div class=\"ostep\">")
                    .append(o.crashed() ? "in step " : "at step ")
                    .append(esc(s))
                    .append(o.line().isPresent() ? " · line " + o.line().getAsInt() : "")
                    .append("</div>"));
    h.append("</div></div><div class=\"tiles\">");
    r.reaction()
        .ifPresent(
            re ->
                tile(
                    h,
                    "reaction",
                    TimeText.millis(re.ms()),
                    "first action after the instant" + (re.derived() ? " (from the steps)" : "")));
    r.release()
        .flatMap(
            rel ->
                rel.firedMs().isPresent()
                    ? Optional.of(rel.firedMs().getAsDouble())
                    : Optional.empty())
        .ifPresent(f -> tile(h, "fired", TimeText.signed(f), "after the release instant"));
    Optional<ClockSyncRecord> clock = r.clockSync();
    if (clock.isPresent() && clock.get().ok()) {
      tile(
          h,
          "site clock",
          String.format(Locale.ROOT, "%+.3f s", clock.get().offsetMs().orElse(0) / 1000),
          "± " + TimeText.millis(clock.get().uncertaintyMs().orElse(0)));
    } else if (clock.isPresent()) {
      tile(h, "site clock", "not read", "acted by this machine's clock");
    }
    long ok = r.steps().stream().filter(StepRecord::ok).count();
    long bad = r.steps().stream().filter(StepRecord::failed).count();
    tile(
        h,
        "steps",
        ok + " / " + r.steps().size(),
        bad > 0
            ? bad + " failed"
            : "ok" + (r.handoffs().isEmpty() ? "" : " · " + r.handoffs().size() + " handoffs"));
    tile(
        h,
        "took",
        TimeText.duration(r.duration()),
        r.endedAt().isPresent() ? "start to outcome" : "until the journal stops");
    h.append("</div></section>");
    for (String p : r.problems()) {
      h.append("<div class=\"notice warn\">").append(esc(p)).append("</div>");
    }
    return h.toString();
  }

  private static void tile(StringBuilder h, String name, String value, String sub) {
    h.append("<div class=\"tile\"><div class=\"tname\">")
        .append(esc(name))
        .append("</div><div class=\"tvalue\">")
        .append(esc(value))
        .append("</div><div class=\"tsub\">")
        .append(esc(sub))
        .append("</div></div>");
  }
}
