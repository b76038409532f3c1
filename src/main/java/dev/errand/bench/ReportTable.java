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

  /** The whole report: a heading, then each kind's table, ratios and targets. */
  public static List<String> lines(BenchReport report) {
    List<String> lines = new ArrayList<>();
    int drops = report.drops();
    lines.add(
        "errand bench · "
            + drops
            + (drops == 1 ? " drop" : " drops")
            + " · rivals off · took "
            + report.took().toSeconds()
            + " s");
    lines.add(
        "reaction latency = first POST /basket at the shop − the announced release instant,"
            + " both on the shop's clock");
    for (PageResults page : report.pages()) {
      lines.add("");
      lines.addAll(page(page));
    }
    return List.copyOf(lines);
  }

  private static List<String> page(PageResults page) {
    List<String> lines = new ArrayList<>();
    int drops = page.skews().size();
    lines.add(
        page.kind().id()
            + ": "
            + page.describe()
            + " · "
            + drops
            + (drops == 1 ? " drop" : " drops")
            + " · skews "
            + skewRange(page.skews()));
    lines.add(
        String.format(
            Locale.ROOT, ROW, "strategy", "median", "p95", "max", "early", "failures", "clock"));
    for (StrategySummary s : page.strategies()) {
      lines.add(row(s));
    }
    page.strategy(BenchReport.ERRAND).flatMap(ReportTable::ownPart).ifPresent(lines::add);
    page.strategy(BenchReport.ERRAND).flatMap(ReportTable::reload).ifPresent(lines::add);
    if (page.kind() == DropKind.LIMITED) {
      lines.add("page loads (as the shop's rate limit counts them), over all drops:");
      for (StrategySummary s : page.strategies()) {
        lines.add("  " + manners(s));
      }
    }
    lines.add(ratios(page));
    List<Target> targets = page.targets();
    lines.add(
        targets.stream().anyMatch(t -> t.notJudged().isPresent())
            ? "targets (reported, not enforced; – shown, not judged on this page):"
            : "targets (reported, not enforced):");
    for (Target t : targets) {
      lines.add("  " + t.line());
    }
    return lines;
  }

  /** One progress line: {@code drop 2/10 · form · skew -2.333 s · errand 12.3 ms}. */
  public static String progress(DropResult r, int drops) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "drop %d/%d · %-9s · skew %s · %-6s ",
                r.drop(),
                drops,
                r.kind().id(),
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

  /**
   * errand's reaction split in two: until it had the buy control (the page's reveal, or errand's
   * own start where the control was already there), and from then to its request at the shop.
   */
  private static Optional<String> ownPart(StrategySummary errand) {
    if (errand.controlShown().isEmpty() || errand.afterShown().isEmpty()) {
      return Optional.empty();
    }
    Stats shown = errand.controlShown().get();
    Stats after = errand.afterShown().get();
    return Optional.of(
        "errand had the buy control "
            + Figures.ms(shown.median())
            + " after the instant (median; max "
            + Figures.ms(shown.max())
            + "), and its request reached the shop "
            + Figures.ms(after.median())
            + " after that (median; p95 "
            + Figures.ms(after.p95())
            + ")");
  }

  /**
   * Where errand's time went on a page it reloads at the instant: the reload, the buy control
   * arriving with the new page, the request after it.
   */
  private static Optional<String> reload(StrategySummary errand) {
    if (errand.reloadStarted().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "errand reloaded "
            + Figures.ms(errand.reloadStarted().get().median())
            + " after the instant (median"
            + errand
                .margin()
                .map(m -> "; its never-early margin " + Figures.ms(m.median()))
                .orElse("")
            + "); the new page brought the buy control "
            + errand.controlShown().map(c -> Figures.ms(c.median())).orElse(NONE)
            + " after the instant");
  }

  /** {@code errand 23 page loads, at most 1 in a second, 0 answered 429, 0 violations}. */
  static String manners(StrategySummary s) {
    int loads = s.drops().stream().mapToInt(d -> d.politeness().pageLoads()).sum();
    return String.format(
        Locale.ROOT,
        "%-8s %3d page loads, at most %d in a second, %d answered 429, %d violations",
        s.name(),
        loads,
        s.densestSecond(),
        s.refused(),
        s.violations());
  }

  private static String ratios(PageResults report) {
    return "errand's median is "
        + report.errandRatioTo(BenchReport.NAIVE).map(Figures::ratio).orElse(NONE)
        + " the naive script's and "
        + report.errandRatioTo(BenchReport.FLOOR).map(Figures::ratio).orElse(NONE)
        + " the floor's";
  }

  private static String skewRange(List<Duration> skews) {
    if (skews.isEmpty()) {
      return NONE;
    }
    Duration min = skews.stream().min(Duration::compareTo).orElseThrow();
    Duration max = skews.stream().max(Duration::compareTo).orElseThrow();
    return min.equals(max) ? Figures.skew(min) : Figures.skew(min) + " … " + Figures.skew(max);
  }
}
