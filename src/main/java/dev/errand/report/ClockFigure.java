package dev.errand.report;

import static dev.errand.report.Html.esc;
import static dev.errand.report.Html.num;

import dev.errand.journal.AttemptRecord;
import dev.errand.journal.ClockSyncRecord;
import dev.errand.journal.ProbeRecord;
import java.util.List;
import java.util.Locale;

/**
 * How well errand knew the site's clock: the offset ± uncertainty in figures, and the probes as an
 * SVG of offset intervals narrowing (each probe's own bounds, thin; what all probes so far allow,
 * thick) down to the final estimate.
 */
final class ClockFigure {

  private static final double WIDTH = 520;
  private static final double LEFT = 38;
  private static final double RIGHT = WIDTH - 78;
  private static final double TOP = 26;
  private static final double ROW = 15;

  private ClockFigure() {}

  static String render(AttemptRecord r) {
    StringBuilder h = new StringBuilder();
    if (r.clockSyncs().isEmpty()) {
      h.append("<p class=\"muted\">errand did not read the site's clock for this run")
          .append(" (no release instant, or --local-clock): it acted by this machine's clock.</p>");
      return h.toString();
    }
    ClockSyncRecord c = r.clockSync().orElseThrow();
    if (c.ok()) {
      double off = c.offsetMs().orElse(0);
      h.append("<div class=\"clockfig\"><div class=\"big mono\">")
          .append(esc(String.format(Locale.ROOT, "%+.3f s", off / 1000)))
          .append("<span class=\"pm\"> ± ")
          .append(esc(TimeText.millis(c.uncertaintyMs().orElse(0))))
          .append("</span></div><div class=\"muted\">the site's clock is ")
          .append(Math.abs(off) < 0.5 ? "in step with" : off > 0 ? "ahead of" : "behind")
          .append(" this machine's · ")
          .append(c.probeCount())
          .append(" probes · round trip ")
          .append(esc(TimeText.millis(c.rttMs().orElse(0))))
          .append(c.consistent() ? "" : " · <b class=\"bad\">the site's clocks disagree</b>")
          .append("</div></div>");
      h.append(probes(c));
    } else {
      h.append("<div class=\"notice warn\"><b>The site's clock was not read</b>: ")
          .append(esc(c.message().orElse("unknown reason")))
          .append(
              ". errand acted by this machine's clock, which may be seconds off the site's.</div>");
    }
    if (r.clockSyncs().size() > 1 || !c.warnings().isEmpty()) {
      h.append("<ul class=\"small\">");
      for (ClockSyncRecord s : r.clockSyncs()) {
        h.append("<li><span class=\"pill\">")
            .append(esc(s.phase()))
            .append("</span> ")
            .append(esc(s.describe()))
            .append("</li>");
      }
      for (String w : c.warnings()) {
        h.append("<li class=\"muted\">").append(esc(w)).append("</li>");
      }
      h.append("</ul>");
    }
    return h.toString();
  }

  private static String probes(ClockSyncRecord c) {
    List<ProbeRecord> probes = c.probes();
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (ProbeRecord p : probes) {
      if (p.after().isPresent()) {
        lo = Math.min(lo, p.after().get().loMs());
        hi = Math.max(hi, p.after().get().hiMs());
      }
    }
    if (lo >= hi) {
      return "";
    }
    double pad = (hi - lo) * 0.04;
    lo -= pad;
    hi += pad;
    double scale = (RIGHT - LEFT) / (hi - lo);
    double height = TOP + probes.size() * ROW + 26;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"probes\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(num(height))
        .append("\" role=\"img\" aria-label=\"Clock probes narrowing the offset\">");
    double step = TimeAxis.nice((hi - lo) / 7);
    for (double t = Math.ceil(lo / step) * step; t <= hi; t += step) {
      double x = LEFT + (t - lo) * scale;
      s.append("<line class=\"grid\" x1=\"")
          .append(num(x))
          .append("\" y1=\"")
          .append(num(TOP - 6))
          .append("\" x2=\"")
          .append(num(x))
          .append("\" y2=\"")
          .append(num(height - 22))
          .append("\"/><text class=\"tick\" x=\"")
          .append(num(x))
          .append("\" y=\"")
          .append(num(TOP - 10))
          .append("\">")
          .append(esc(String.format(Locale.ROOT, "%+.2f s", t / 1000)))
          .append("</text>");
    }
    int i = 0;
    for (ProbeRecord p : probes) {
      double y = TOP + i++ * ROW;
      s.append("<text class=\"label\" x=\"4\" y=\"")
          .append(num(y + 11))
          .append("\">#")
          .append(p.number())
          .append("</text>");
      if (p.bounds().isPresent()) {
        ProbeRecord.Interval b = p.bounds().get();
        double x0 = LEFT + (Math.max(b.loMs(), lo) - lo) * scale;
        double x1 = LEFT + (Math.min(b.hiMs(), hi) - lo) * scale;
        if (x1 > x0) {
          s.append("<rect class=\"own\" x=\"")
              .append(num(x0))
              .append("\" y=\"")
              .append(num(y + 6))
              .append("\" width=\"")
              .append(num(x1 - x0))
              .append("\" height=\"3\"><title>")
              .append(esc("probe #" + p.number() + " alone (" + p.use() + ")"))
              .append("</title></rect>");
        }
      }
      if (p.after().isPresent()) {
        ProbeRecord.Interval a = p.after().get();
        double x0 = LEFT + (a.loMs() - lo) * scale;
        double w = Math.max(2, a.width() * scale);
        boolean last = i == probes.size();
        s.append("<rect class=\"after")
            .append(last ? " final" : "")
            .append("\" x=\"")
            .append(num(x0))
            .append("\" y=\"")
            .append(num(y + 3))
            .append("\" width=\"")
            .append(num(w))
            .append("\" height=\"9\" rx=\"2\"><title>")
            .append(esc("after probe #" + p.number() + ": " + TimeText.millis(a.width()) + " wide"))
            .append("</title></rect><text class=\"dur\" x=\"")
            .append(num(RIGHT + 8))
            .append("\" y=\"")
            .append(num(y + 11))
            .append("\">± ")
            .append(esc(TimeText.millis(a.width() / 2)))
            .append("</text>");
      } else {
        s.append("<text class=\"dur muted\" x=\"")
            .append(num(RIGHT + 8))
            .append("\" y=\"")
            .append(num(y + 11))
            .append("\">")
            .append(esc(p.use().toLowerCase(Locale.ROOT).replace('_', '-')))
            .append("</text>");
      }
    }
    double fx = LEFT + (c.offsetMs().orElse(0) - lo) * scale;
    s.append("<line class=\"estimate\" x1=\"")
        .append(num(fx))
        .append("\" y1=\"")
        .append(num(TOP - 4))
        .append("\" x2=\"")
        .append(num(fx))
        .append("\" y2=\"")
        .append(num(height - 20))
        .append("\"/><text class=\"tick strong\" x=\"")
        .append(num(fx))
        .append("\" y=\"")
        .append(num(height - 6))
        .append("\">estimate ")
        .append(esc(String.format(Locale.ROOT, "%+.3f s", c.offsetMs().orElse(0) / 1000)))
        .append("</text></svg>");
    s.append(
        "<p class=\"small muted\">Each row is one probe: the thin bar is what its Date header alone"
            + " allows for the offset (site − this machine), the thick bar what all probes so far"
            + " allow.</p>");
    return s.toString();
  }
}
