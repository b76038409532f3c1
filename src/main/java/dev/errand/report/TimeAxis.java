package dev.errand.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal time axis with long idle gaps cut out: arming a quarter of a minute before the sale
 * and then acting for two seconds would otherwise leave the interesting part a sliver. Busy spans
 * keep one shared scale (so bar lengths compare); each cut gap takes a fixed width and is drawn as
 * a break.
 */
final class TimeAxis {

  /** A span of time drawn to scale, from {@code x0} on. */
  record Span(double fromMs, double toMs, double x0) {}

  /** A cut-out gap at {@code x} (its break mark) that stood for {@code ms}. */
  record Break(double x, double fromMs, double toMs) {
    double ms() {
      return toMs - fromMs;
    }
  }

  static final double BREAK_WIDTH = 34;

  private final List<Span> spans;
  private final List<Break> breaks;
  private final double pxPerMs;
  private final double right;

  private TimeAxis(List<Span> spans, List<Break> breaks, double pxPerMs, double right) {
    this.spans = spans;
    this.breaks = breaks;
    this.pxPerMs = pxPerMs;
    this.right = right;
  }

  /**
   * An axis from {@code left} to {@code right} pixels covering {@code intervals} (each {@code
   * [from, to]} in ms). A gap between busy spans is cut when it is longer than a fifth of all the
   * time shown and longer than half a second.
   */
  static TimeAxis fit(List<double[]> intervals, double left, double right) {
    List<double[]> merged = merge(intervals);
    double min = merged.get(0)[0];
    double max = merged.get(merged.size() - 1)[1];
    double whole = Math.max(max - min, 1);
    List<double[]> busy = new ArrayList<>();
    for (double[] m : merged) {
      double[] last = busy.isEmpty() ? null : busy.get(busy.size() - 1);
      double gap = last == null ? 0 : m[0] - last[1];
      if (last != null && !(gap > whole / 5 && gap > 500)) {
        last[1] = Math.max(last[1], m[1]);
      } else {
        busy.add(new double[] {m[0], m[1]});
      }
    }
    double shown = 0;
    for (double[] b : busy) {
      shown += Math.max(b[1] - b[0], 1);
    }
    double width = right - left - BREAK_WIDTH * (busy.size() - 1);
    double pxPerMs = width / shown;
    List<Span> spans = new ArrayList<>();
    List<Break> breaks = new ArrayList<>();
    double x = left;
    for (int i = 0; i < busy.size(); i++) {
      double[] b = busy.get(i);
      if (i > 0) {
        breaks.add(new Break(x + BREAK_WIDTH / 2, busy.get(i - 1)[1], b[0]));
        x += BREAK_WIDTH;
      }
      spans.add(new Span(b[0], b[1], x));
      x += Math.max(b[1] - b[0], 1) * pxPerMs;
    }
    return new TimeAxis(spans, breaks, pxPerMs, right);
  }

  private static List<double[]> merge(List<double[]> intervals) {
    List<double[]> sorted = new ArrayList<>();
    for (double[] i : intervals) {
      sorted.add(new double[] {Math.min(i[0], i[1]), Math.max(i[0], i[1])});
    }
    if (sorted.isEmpty()) {
      sorted.add(new double[] {0, 1000});
    }
    sorted.sort((p, q) -> Double.compare(p[0], q[0]));
    List<double[]> out = new ArrayList<>();
    for (double[] i : sorted) {
      double[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && i[0] <= last[1]) {
        last[1] = Math.max(last[1], i[1]);
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /** The x of time {@code ms}; times inside a cut gap land on its break. */
  double x(double ms) {
    Span first = spans.get(0);
    if (ms <= first.fromMs()) {
      return first.x0();
    }
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (ms <= s.toMs()) {
        return ms >= s.fromMs() ? s.x0() + (ms - s.fromMs()) * pxPerMs : breaks.get(i - 1).x();
      }
    }
    Span last = spans.get(spans.size() - 1);
    return Math.min(last.x0() + (ms - last.fromMs()) * pxPerMs, right);
  }

  /** Pixels for a duration on the shared scale. */
  double width(double ms) {
    return ms * pxPerMs;
  }

  List<Span> spans() {
    return spans;
  }

  List<Break> breaks() {
    return breaks;
  }

  /** Round tick times in span {@code s}, about {@code every} pixels apart. */
  List<Double> ticks(Span s, double every) {
    double step = nice(every / pxPerMs);
    List<Double> ticks = new ArrayList<>();
    for (double t = Math.ceil(s.fromMs() / step) * step; t <= s.toMs() + 1e-9; t += step) {
      ticks.add(t);
    }
    return ticks;
  }

  /** The smallest of 1, 2, 5 × 10^k that is at least {@code ms}. */
  static double nice(double ms) {
    double p = Math.pow(10, Math.floor(Math.log10(Math.max(ms, 1e-3))));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= ms) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
