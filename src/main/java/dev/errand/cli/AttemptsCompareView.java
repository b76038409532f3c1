package dev.errand.cli;

import dev.errand.journal.AttemptComparison;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.StepRecord;
import dev.errand.report.TimeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code errand attempts compare}: key figures and every step's duration in A and B with the
 * difference (slower in B in red, faster in green), then the biggest differences first.
 */
final class AttemptsCompareView {

  static final int STEP_WIDTH = 52;
  private static final int NUMBER = 9;

  private AttemptsCompareView() {}

  static List<String> render(AttemptComparison cmp, Console c, int top) {
    List<String> out = new ArrayList<>();
    out.add(side("A", cmp.a(), c));
    out.add(side("B", cmp.b(), c));
    if (!AttemptComparison.sameRecipe(cmp.a(), cmp.b())) {
      out.add(c.yellow("the recipes differ: steps are paired by phase and description"));
    }
    out.add("");
    out.add(c.dim(row("", "", "A", "B", "B − A")));
    for (AttemptComparison.Figure f : cmp.figures()) {
      out.add(
          row(
              "",
              f.name(),
              value(f.a()),
              value(f.b()),
              f.deltaMs().isPresent() ? delta(c, f.deltaMs().getAsDouble()) : "—"));
    }
    out.add("");
    out.add(c.dim(row("phase", "step", "A", "B", "B − A")));
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
              r.deltaMs().isPresent() ? delta(c, r.deltaMs().getAsDouble()) : "—"));
    }
    List<AttemptComparison.Row> biggest = cmp.biggestDifferences(top);
    if (!biggest.isEmpty()) {
      out.add("");
      out.add(c.bold("where the time went differently") + c.dim(" (biggest first)"));
      int n = 0;
      for (AttemptComparison.Row r : biggest) {
        double d = r.deltaMs().getAsDouble();
        out.add(
            String.format(
                "  %d. %s  %s %s",
                ++n,
                delta(c, d),
                r.description(),
                c.dim(
                    "("
                        + r.phase()
                        + ": "
                        + took(r.a())
                        + " → "
                        + took(r.b())
                        + (d > 0 ? ", slower in B" : ", faster in B")
                        + ")")));
      }
    }
    return out;
  }

  private static String side(String name, AttemptRecord r, Console c) {
    return c.bold(name)
        + "  "
        + r.id()
        + "  "
        + AttemptsText.tone(c, r.outcome(), r.outcome().id())
        + c.dim("  " + r.facts().recipeName() + " · sha " + r.facts().shortSha());
  }

  private static String row(String phase, String step, String a, String b, String delta) {
    return AttemptsText.padRight(phase, 11)
        + AttemptsText.padRight(step, STEP_WIDTH + 1)
        + AttemptsText.padLeft(a, NUMBER)
        + AttemptsText.padLeft(b, NUMBER + 1)
        + "  "
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

  private static String delta(Console c, double ms) {
    String text = AttemptsText.padLeft(TimeText.signed(ms), NUMBER);
    if (Math.abs(ms) < 0.5) {
      return c.dim(text);
    }
    return ms > 0 ? c.red(text) : c.green(text);
  }
}
