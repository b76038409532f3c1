package dev.errand.report.text;

import dev.errand.journal.AttemptComparison;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.StepRecord;
import dev.errand.report.TimeText;
import dev.errand.text.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code errand attempts compare}: key figures and every step's duration in A and B with the
 * difference (slower in B in red, faster in green), then the biggest differences first.
 */
public final class AttemptsCompareView {

  static final int STEP_WIDTH = 52;

  /** The narrowest a number column gets; a wider value widens its column for every row. */
  private static final int NUMBER = 9;

  /** Between two number columns, however wide their values. */
  private static final String GAP = "  ";

  private AttemptsCompareView() {}

  public static List<String> render(AttemptComparison cmp, Styles c, int top) {
    List<String> out = new ArrayList<>();
    out.add(side("A", cmp.a(), c));
    out.add(side("B", cmp.b(), c));
    if (!AttemptComparison.sameRecipe(cmp.a(), cmp.b())) {
      out.add(c.yellow("the recipes differ: steps are paired by phase and description"));
    }
    int w = numberWidth(cmp);
    out.add("");
    out.add(c.dim(row("", "", "A", "B", "B − A", w)));
    for (AttemptComparison.Figure f : cmp.figures()) {
      out.add(
          row(
              "",
              f.name(),
              value(f.a()),
              value(f.b()),
              f.deltaMs().isPresent() ? delta(c, f.deltaMs().getAsDouble(), w) : "—",
              w));
    }
    out.add("");
    out.add(c.dim(row("phase", "step", "A", "B", "B − A", w)));
    String phase = "";
    for (AttemptComparison.Row r : cmp.rows()) {
      String p = r.phase().equals(phase) ? "" : r.phase();
      phase = r.phase();
      out.add(
          row(
              p,
              AttemptsText.cut(r.description(), STEP_WIDTH),
              took(r.a()),
              took(r.b()),
              r.deltaMs().isPresent() ? delta(c, r.deltaMs().getAsDouble(), w) : "—",
              w));
    }
    List<Difference> biggest = differences(cmp, top);
    if (!biggest.isEmpty()) {
      out.add("");
      out.add(c.bold("where the time went differently") + c.dim(" (biggest first)"));
      int n = 0;
      for (Difference d : biggest) {
        out.add(
            String.format(
                "  %d. %s  %s %s",
                ++n,
                delta(c, d.deltaMs(), NUMBER),
                d.what(),
                c.dim(
                    "("
                        + d.where()
                        + ": "
                        + d.a()
                        + " → "
                        + d.b()
                        + ", "
                        + (d.deltaMs() > 0 ? d.more() : d.less())
                        + " in B"
                        + ")")));
      }
    }
    return out;
  }

  /** One place where B spent more or less time than A. */
  private record Difference(
      String what, String where, String a, String b, double deltaMs, String more, String less) {}

  /**
   * The steps whose durations differ most, and the moment errand fired after the instant (which
   * shifts everything after it), biggest first.
   */
  private static List<Difference> differences(AttemptComparison cmp, int top) {
    List<Difference> all = new ArrayList<>();
    for (AttemptComparison.Row r : cmp.biggestDifferences(top)) {
      all.add(
          new Difference(
              r.description(),
              r.phase(),
              took(r.a()),
              took(r.b()),
              r.deltaMs().getAsDouble(),
              "slower",
              "faster"));
    }
    AttemptComparison.Figure fired = cmp.figures().get(0);
    if (fired.deltaMs().isPresent() && Math.abs(fired.deltaMs().getAsDouble()) >= 0.5) {
      all.add(
          new Difference(
              "errand fired",
              "after the instant",
              value(fired.a()),
              value(fired.b()),
              fired.deltaMs().getAsDouble(),
              "later",
              "sooner"));
    }
    all.sort((x, y) -> Double.compare(Math.abs(y.deltaMs()), Math.abs(x.deltaMs())));
    return all.subList(0, Math.min(top, all.size()));
  }

  private static String side(String name, AttemptRecord r, Styles c) {
    return c.bold(name)
        + "  "
        + r.id()
        + "  "
        + AttemptsText.tone(c, r.outcome(), r.outcome().id())
        + c.dim("  " + r.facts().recipeName() + " · sha " + r.facts().shortSha());
  }

  /** The width of the A and B columns: the widest value in them, at least {@link #NUMBER}. */
  private static int numberWidth(AttemptComparison cmp) {
    int w = NUMBER;
    for (AttemptComparison.Figure f : cmp.figures()) {
      w = Math.max(w, Math.max(value(f.a()).length(), value(f.b()).length()));
    }
    for (AttemptComparison.Row r : cmp.rows()) {
      w = Math.max(w, Math.max(took(r.a()).length(), took(r.b()).length()));
    }
    return w;
  }

  private static String row(
      String phase, String step, String a, String b, String delta, int width) {
    return AttemptsText.padRight(phase, 11)
        + AttemptsText.padRight(step, STEP_WIDTH + 1)
        + AttemptsText.padLeft(a, width)
        + GAP
        + AttemptsText.padLeft(b, width)
        + GAP
        + delta;
  }

  private static String took(Optional<StepRecord> s) {
    if (s.isEmpty()) {
      return "—";
    }
    return s.get().finished() ? TimeText.millis(s.get().durationMs().getAsDouble()) : "no end";
  }

  private static String value(OptionalDouble ms) {
    return ms.isPresent() ? TimeText.millis(ms.getAsDouble()) : "—";
  }

  private static String delta(Styles c, double ms, int width) {
    String text = AttemptsText.padLeft(TimeText.signed(ms), width);
    if (Math.abs(ms) < 0.5) {
      return c.dim(text);
    }
    return ms > 0 ? c.red(text) : c.green(text);
  }
}
