package dev.errand.report;

import static dev.errand.report.Html.esc;
import static dev.errand.report.Html.num;

import dev.errand.journal.AttemptRecord;
import dev.errand.journal.ReleaseRecord;
import dev.errand.journal.StepRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The attempt as an inline SVG waterfall: one row per step, a bar from its start to its end on a
 * time axis relative to the release instant (long idle waits cut out), coloured by phase, with the
 * instant and the moment errand fired marked.
 */
final class TimelineChart {

  private static final double WIDTH = 1080;
  private static final double LABEL_X = 14;
  private static final double PLOT_LEFT = 360;
  private static final double PLOT_RIGHT = WIDTH - 24;
  private static final double TOP = 74;
  private static final double ROW = 19;
  private static final double BAR = 12;

  private TimelineChart() {}

  static String render(AttemptRecord r) {
    List<StepRecord> steps = r.steps();
    if (steps.isEmpty()) {
      return "<p class=\"muted\">No step started: the run ended before its first step.</p>";
    }
    boolean release = r.timebase().relativeToRelease();
    double crashMs = r.timebase().ms(r.lastEventAt());
    OptionalDouble fired = r.release().map(ReleaseRecord::firedMs).orElse(OptionalDouble.empty());
    List<double[]> busy = new ArrayList<>();
    for (StepRecord s : steps) {
      busy.add(
          new double[] {s.startMs(), s.finished() ? s.endMs() : Math.max(crashMs, s.startMs())});
    }
    if (release && r.release().isPresent()) {
      busy.add(new double[] {0, 0});
      fired.ifPresent(f -> busy.add(new double[] {f, f}));
    }
    TimeAxis axis = TimeAxis.fit(busy, PLOT_LEFT, PLOT_RIGHT);
    double height = TOP + steps.size() * ROW + 12;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"timeline\" viewBox=\"0 0 ")
        .append(num(WIDTH))
        .append(' ')
        .append(num(height))
        .append("\" role=\"img\" aria-label=\"Timeline of ")
        .append(steps.size())
        .append(" steps relative to the release instant\">");
    svg.append(
        "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
            + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fee2e2\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#dc2626\" stroke-width=\"2\"/>"
            + "</pattern></defs>");
    legend(svg);
    stripes(svg, steps.size());
    ticks(svg, axis, release, height);
    breaks(svg, axis, height);
    for (int i = 0; i < steps.size(); i++) {
      row(svg, axis, steps.get(i), i, crashMs, release);
    }
    if (release && r.release().isPresent()) {
      markers(svg, axis, r.release().get(), height);
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static void legend(StringBuilder svg) {
    String[][] items = {
      {"ph-arm", "arm"},
      {"ph-at-release", "at release"},
      {"ph-after", "after"},
      {"ty-handoff", "handoff to you"},
      {"failed", "failed"}
    };
    double x = LABEL_X;
    for (String[] item : items) {
      svg.append("<rect class=\"bar ")
          .append(item[0])
          .append("\" x=\"")
          .append(num(x))
          .append("\" y=\"10\" width=\"12\" height=\"12\" rx=\"3\"/>");
      svg.append("<text class=\"legend\" x=\"")
          .append(num(x + 17))
          .append("\" y=\"20\">")
          .append(item[1])
          .append("</text>");
      x += 30 + item[1].length() * 6.6;
    }
    svg.append("<line class=\"instant\" x1=\"")
        .append(num(x))
        .append("\" y1=\"9\" x2=\"")
        .append(num(x))
        .append("\" y2=\"23\"/><text class=\"legend\" x=\"")
        .append(num(x + 7))
        .append("\" y=\"20\">release instant (site clock)</text>");
    x += 200;
    svg.append("<line class=\"fired\" x1=\"")
        .append(num(x))
        .append("\" y1=\"9\" x2=\"")
        .append(num(x))
        .append("\" y2=\"23\"/><text class=\"legend\" x=\"")
        .append(num(x + 7))
        .append("\" y=\"20\">errand fired</text>");
  }

  private static void stripes(StringBuilder svg, int rows) {
    for (int i = 0; i < rows; i++) {
      if (i % 2 == 0) {
        svg.append("<rect class=\"stripe\" x=\"0\" y=\"")
            .append(num(TOP + i * ROW))
            .append("\" width=\"")
            .append(num(WIDTH))
            .append("\" height=\"")
            .append(num(ROW))
            .append("\"/>");
      }
    }
    svg.append("<line class=\"axis\" x1=\"")
        .append(num(PLOT_LEFT))
        .append("\" y1=\"")
        .append(num(TOP - 4))
        .append("\" x2=\"")
        .append(num(PLOT_RIGHT))
        .append("\" y2=\"")
        .append(num(TOP - 4))
        .append("\"/>");
  }

  private static void ticks(StringBuilder svg, TimeAxis axis, boolean release, double height) {
    for (TimeAxis.Span span : axis.spans()) {
      for (double t : axis.ticks(span, 84)) {
        double x = axis.x(t);
        if ((release && Math.abs(t) < 1e-9) || nearBreak(axis, x)) {
          continue;
        }
        svg.append("<line class=\"grid\" x1=\"")
            .append(num(x))
            .append("\" y1=\"")
            .append(num(TOP - 8))
            .append("\" x2=\"")
            .append(num(x))
            .append("\" y2=\"")
            .append(num(height - 8))
            .append("\"/><text class=\"tick\" x=\"")
            .append(num(x))
            .append("\" y=\"")
            .append(num(TOP - 14))
            .append("\">")
            .append(esc(TimeText.tick(t, release)))
            .append("</text>");
      }
    }
  }

  private static boolean nearBreak(TimeAxis axis, double x) {
    return axis.breaks().stream().anyMatch(b -> Math.abs(b.x() - x) < 36);
  }

  private static void breaks(StringBuilder svg, TimeAxis axis, double height) {
    for (TimeAxis.Break b : axis.breaks()) {
      double half = TimeAxis.BREAK_WIDTH / 2;
      svg.append("<rect class=\"gap\" x=\"")
          .append(num(b.x() - half + 3))
          .append("\" y=\"")
          .append(num(TOP - 30))
          .append("\" width=\"")
          .append(num(TimeAxis.BREAK_WIDTH - 6))
          .append("\" height=\"")
          .append(num(height - TOP + 22))
          .append("\"><title>")
          .append(esc("nothing ran for " + TimeText.millis(b.ms()) + " (cut out)"))
          .append("</title></rect>");
      svg.append("<text class=\"gaplabel\" x=\"")
          .append(num(b.x()))
          .append("\" y=\"")
          .append(num(TOP - 14))
          .append("\">")
          .append(esc(TimeText.millis(b.ms()).replace(".0 s", " s")))
          .append("</text>");
      for (double dx : new double[] {-half + 3, half - 3}) {
        svg.append("<path class=\"zigzag\" d=\"")
            .append(zigzag(b.x() + dx, TOP - 8, height - 8))
            .append("\"/>");
      }
    }
  }

  private static String zigzag(double x, double y0, double y1) {
    StringBuilder d = new StringBuilder("M" + num(x) + " " + num(y0));
    boolean out = true;
    for (double y = y0 + 6; y <= y1; y += 6) {
      d.append(" L").append(num(x + (out ? 2.5 : -2.5))).append(' ').append(num(y));
      out = !out;
    }
    return d.toString();
  }

  private static void row(
      StringBuilder svg, TimeAxis axis, StepRecord s, int i, double crashMs, boolean release) {
    double y = TOP + i * ROW;
    double barY = y + (ROW - BAR) / 2;
    String phase = Html.phase(s.phase());
    svg.append("<rect class=\"bar ")
        .append(phase)
        .append("\" x=\"")
        .append(num(LABEL_X))
        .append("\" y=\"")
        .append(num(y + 6))
        .append("\" width=\"7\" height=\"7\" rx=\"2\"/>");
    svg.append("<text class=\"label\" x=\"")
        .append(num(LABEL_X + 14))
        .append("\" y=\"")
        .append(num(y + 13.5))
        .append("\">")
        .append(esc(Html.cut(s.description(), 52)))
        .append("</text>");
    double x0 = axis.x(s.startMs());
    double end = s.finished() ? s.endMs() : Math.max(crashMs, s.startMs());
    double w = Math.max(2.5, axis.x(end) - x0);
    String kind =
        !s.finished()
            ? "unfinished"
            : s.failed() ? "failed" : s.type().equals("handoff") ? "ty-handoff " + phase : phase;
    if (s.result().equals("skipped")) {
      kind += " skipped";
    }
    svg.append("<rect class=\"bar step ")
        .append(kind)
        .append("\" x=\"")
        .append(num(x0))
        .append("\" y=\"")
        .append(num(barY))
        .append("\" width=\"")
        .append(num(w))
        .append("\" height=\"")
        .append(num(BAR))
        .append("\" rx=\"3\"><title>")
        .append(esc(title(s, release)))
        .append("</title></rect>");
    String text =
        s.finished() ? TimeText.millis(s.durationMs().getAsDouble()) : "no end — crashed here";
    boolean after = x0 + w + 8 + text.length() * 6.2 < PLOT_RIGHT;
    svg.append("<text class=\"dur")
        .append(s.finished() ? "" : " crash")
        .append("\" x=\"")
        .append(num(after ? x0 + w + 5 : x0 - 5))
        .append("\" y=\"")
        .append(num(y + 13.5))
        .append("\" text-anchor=\"")
        .append(after ? "start" : "end")
        .append("\">")
        .append(esc(text))
        .append("</text>");
  }

  private static String title(StepRecord s, boolean release) {
    return s.description()
        + "\n"
        + TimeText.stamp(s.startMs(), release)
        + (s.finished()
            ? " → "
                + TimeText.stamp(s.endMs(), release)
                + " ("
                + TimeText.millis(s.durationMs().getAsDouble())
                + ")"
            : ", never ended")
        + " · "
        + s.result();
  }

  private static void markers(StringBuilder svg, TimeAxis axis, ReleaseRecord rel, double height) {
    double x = axis.x(0);
    svg.append("<line class=\"instant\" x1=\"")
        .append(num(x))
        .append("\" y1=\"")
        .append(num(TOP - 32))
        .append("\" x2=\"")
        .append(num(x))
        .append("\" y2=\"")
        .append(num(height - 6))
        .append("\"/>");
    svg.append("<rect class=\"tpill\" x=\"")
        .append(num(x - 11))
        .append("\" y=\"")
        .append(num(TOP - 42))
        .append("\" width=\"22\" height=\"16\" rx=\"8\"/><text class=\"tpilltext\" x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(TOP - 30))
        .append("\">T</text>");
    if (rel.firedMs().isPresent()) {
      double fx = axis.x(rel.firedMs().getAsDouble());
      if (Math.abs(fx - x) >= 3) {
        svg.append("<line class=\"fired\" x1=\"")
            .append(num(fx))
            .append("\" y1=\"")
            .append(num(TOP - 8))
            .append("\" x2=\"")
            .append(num(fx))
            .append("\" y2=\"")
            .append(num(height - 6))
            .append("\"/>");
      }
    }
  }
}
