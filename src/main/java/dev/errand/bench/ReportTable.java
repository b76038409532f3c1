package dev.errand.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The bench's report as plain-text lines for a terminal: a table, ratios and targets. */
public final class ReportTable {

  private static final String ROW = "%-8s %10s %10s %10s %7s %9s   %s";
  private static final String NONE = "—";

  private ReportTable() {}

  /** The whole report. */
  public static List<String> lines(BenchReport report) {
    List<String> lines = new ArrayList<>();
    int drops = report.skews().size();
    lines.add(
        "errand bench · "
            + drops
            + (drops == 1 ? " drop" : " drops")
            + " · skews "
            + skewRange(report)
            + " · rivals off · took "
            + report.took().toSeconds()
            + " s");
    lines.add("reaction latency = first POST /basket at the shop − the true release instant");
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT, ROW, "strategy", "median", "p95", "max", "early", "failures", "clock"));
    for (StrategySummary s : report.strategies()) {
      lines.add(row(s));
    }
    lines.add("");
    lines.add(ratios(report));
    lines.add("");
    lines.add("targets (reported, not enforced):");
    for (Target t : report.targets()) {
      lines.add(
          "  " + t.mark() + " " + t.what() + ": " + t.figure() + " (target " + t.target() + ")");
    }
    return List.copyOf(lines);
  }

  /** One progress line: {@code drop 2/10 · skew -2.333 s · errand 12.3 ms}. */
  public static String progress(DropResult r, int drops) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "drop %d/%d · skew %s · %-6s ",
                r.drop(),
                drops,
                Figures.skew(r.skew()),
                r.strategy()));
    Reaction reaction = r.reaction();
    if (reaction.failed()) {
      line.append("no request");
    } else {
      line.append(String.format(Locale.ROOT, "%10s", Figures.ms(reaction.latency().orElseThrow())));
      line.append(" · HTTP ").append(reaction.firstStatus());
      if (reaction.early()) {
        line.append(" · EARLY");
      }
    }
    r.offsetError().ifPresent(e -> line.append(" · clock off by ").append(Figures.ms(e)));
    r.error().ifPresent(e -> line.append(" · ").append(e));
    return line.toString();
  }

  private static String row(StrategySummary s) {
    Optional<Stats> latency = s.latency();
    String clock =
        s.offsetError()
            .map(
                e ->
                    "offset error median "
                        + Figures.ms(e.median())
                        + ", max "
                        + Figures.ms(e.max()))
            .orElse("");
    return String.format(
            Locale.ROOT,
            ROW,
            s.name(),
            latency.map(l -> Figures.ms(l.median())).orElse(NONE),
            latency.map(l -> Figures.ms(l.p95())).orElse(NONE),
            latency.map(l -> Figures.ms(l.max())).orElse(NONE),
            s.early() + "/" + s.drops().size(),
            String.valueOf(s.failures()),
            clock)
        .stripTrailing();
  }

  private static String ratios(BenchReport report) {
    return "errand's median is "
        + report.errandRatioTo(BenchReport.NAIVE).map(Figures::ratio).orElse(NONE)
        + " the naive script's and "
        + report.errandRatioTo(BenchReport.FLOOR).map(Figures::ratio).orElse(NONE)
        + " the floor's";
  }

  private static String skewRange(BenchReport report) {
    List<Duration> skews = report.skews();
    if (skews.isEmpty()) {
      return NONE;
    }
    Duration min = skews.stream().min(Duration::compareTo).orElseThrow();
    Duration max = skews.stream().max(Duration::compareTo).orElseThrow();
    return min.equals(max) ? Figures.skew(min) : Figures.skew(min) + " … " + Figures.skew(max);
  }
}
