package dev.errand.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code errand bench --faults} as text: per mode a line on what the shop did, a row per strategy
 * (the columns the mode needs), a line per run, and errand's targets marked ✓, ✗ or – (shown, not
 * judged).
 */
public final class FaultTable {

  private static final String NONE = "–";

  /** A column: its heading and each strategy's figure. */
  private record Column(String heading, Function<FaultSummary, String> figure) {}

  private FaultTable() {}

  /** The report's lines, mode after mode. */
  public static List<String> lines(FaultReport report) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "errand bench --faults · "
            + report.settings().runs()
            + (report.settings().runs() == 1 ? " run" : " runs")
            + " per mode and strategy · seed "
            + report.settings().seed()
            + " · took "
            + Figures.seconds(report.took()));
    lines.add(
        "figures are the shop's: the payment page is the run's last page load answered 200 by the"
            + " shop's own payment page; retries are page loads after an error answer");
    for (FaultResults mode : report.modes()) {
      lines.add("");
      lines.addAll(mode(mode));
    }
    return lines;
  }

  /** One mode's table, runs and targets. */
  static List<String> mode(FaultResults results) {
    List<String> lines = new ArrayList<>();
    lines.add(results.mode().id() + ": " + results.describe());
    lines.addAll(table(columns(results.mode()), results.strategies()));
    lines.add("runs:");
    for (FaultSummary s : results.strategies()) {
      for (FaultRun run : s.runs()) {
        lines.add("  " + run(run));
      }
    }
    List<Target> targets = results.targets();
    if (targets.isEmpty()) {
      lines.add("targets: none set for this mode");
      return lines;
    }
    lines.add(
        targets.stream().anyMatch(t -> t.notJudged().isPresent())
            ? "targets (reported, not enforced; – shown, not judged here):"
            : "targets (reported, not enforced):");
    for (Target t : targets) {
      lines.add("  " + t.line());
    }
    return lines;
  }

  /**
   * One run in a line: {@code run 1 · overload · errand · reached-payment · payment page ✓ · 21.3 s
   * · 14 page loads, max 1/s, 4 errors, 4 retries, 0 violations}.
   */
  public static String run(FaultRun r) {
    ShopSide shop = r.shop();
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT, "run %d · %s · %-6s · ", r.run(), r.mode().id(), r.strategy()));
    if (!r.variant().isEmpty()) {
      line.append(r.variant()).append(" · ");
    }
    line.append(r.ending().map(FaultEnding::outcome).orElse(r.timedOut() ? "stopped" : "error"));
    line.append(
        shop.paymentPage().isPresent()
            ? " · ended on the payment page"
            : " · did not end on the payment page");
    r.toPayment().ifPresent(d -> line.append(" ").append(Figures.seconds(d)).append(" after"));
    line.append(
        String.format(
            Locale.ROOT,
            " · %d page loads, max %d/s, %d errors, %d retries, %d violations",
            shop.pageLoads(),
            shop.densestSecond(),
            shop.errorAnswers(),
            shop.retries(),
            shop.retryAfterViolations() + shop.rateLimitViolations()));
    if (r.mode() == FaultMode.QUEUE) {
      line.append(
          String.format(
              Locale.ROOT,
              " · queue: %s, %d reloads",
              r.passedQueue() ? "through" : "not through",
              shop.reloadsWhileQueued()));
    }
    if (r.falseSoldOut()) {
      line.append(" · FALSE SOLD-OUT");
    }
    if (r.falsePayment()) {
      line.append(" · SAID PAYMENT, NOT ON THE PAYMENT PAGE");
    }
    r.ending()
        .map(FaultEnding::message)
        .filter(m -> !m.isEmpty())
        .ifPresent(m -> line.append(" · ").append(m));
    r.error().ifPresent(e -> line.append(" · ").append(e));
    return line.toString();
  }

  private static List<Column> columns(FaultMode mode) {
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("strategy", FaultSummary::name));
    columns.add(new Column("payment page", s -> Figures.share(s.reached(), s.runs().size())));
    columns.add(
        new Column(
            "to payment (median)", s -> s.medianToPayment().map(Figures::seconds).orElse(NONE)));
    columns.add(new Column("max loads/s", s -> String.valueOf(s.densestSecond())));
    columns.add(new Column("errors", s -> String.valueOf(s.errorAnswers())));
    columns.add(new Column("retries", s -> String.valueOf(s.retries())));
    columns.add(new Column("Retry-After viol.", s -> String.valueOf(s.retryAfterViolations())));
    columns.add(new Column("rate-limit viol.", s -> String.valueOf(s.rateLimitViolations())));
    switch (mode) {
      case LATE ->
          columns.add(
              new Column(
                  "false sold-outs", s -> s.falseSoldOuts().map(String::valueOf).orElse(NONE)));
      case QUEUE -> {
        columns.add(
            new Column("through room", s -> Figures.share(s.passedQueue(), s.runs().size())));
        columns.add(new Column("reloads queued", s -> String.valueOf(s.reloadsWhileQueued())));
      }
      case OVERLOAD, CONSENT -> {}
    }
    columns.add(new Column("said payment elsewhere", s -> String.valueOf(s.falsePayments())));
    columns.add(new Column("threw or stopped", s -> String.valueOf(s.failures())));
    return columns;
  }

  private static List<String> table(List<Column> columns, List<FaultSummary> strategies) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(columns.stream().map(Column::heading).toList());
    for (FaultSummary s : strategies) {
      cells.add(columns.stream().map(c -> c.figure().apply(s)).toList());
    }
    int[] widths = new int[columns.size()];
    for (List<String> row : cells) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row.get(i)));
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
