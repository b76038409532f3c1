package dev.errand.report.text;

import dev.errand.journal.ArtifactRecord;
import dev.errand.journal.AttemptOutcome;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.ClockSyncRecord;
import dev.errand.journal.HandoffRecord;
import dev.errand.journal.NoteRecord;
import dev.errand.journal.SiteSummaries;
import dev.errand.journal.StepRecord;
import dev.errand.report.HandoffPageLines;
import dev.errand.report.TimeText;
import dev.errand.text.Styles;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code errand attempts show}: one attempt as a timeline in the terminal, every line stamped on
 * the site's clock relative to the release instant ({@code T−00:03.120}, {@code T+0.023}).
 */
public final class AttemptsTimeline {

  private static final int STAMP = 12;
  private static final int PHASE = 11;

  /** One timeline line: when, in what order among equals, and its text lines. */
  private record Item(double ms, int order, List<String> lines) {}

  private AttemptsTimeline() {}

  public static List<String> render(AttemptRecord r, Styles c, ZoneId zone) {
    List<String> out = new ArrayList<>(header(r, c, zone));
    out.add("");
    boolean release = r.timebase().relativeToRelease();
    List<Item> items = new ArrayList<>();
    String lastPhase = "";
    for (StepRecord s : r.steps()) {
      String phase = s.phase().equals(lastPhase) ? "" : s.phase();
      lastPhase = s.phase();
      items.add(new Item(s.startMs(), 1, step(s, phase, c)));
    }
    for (ClockSyncRecord s : r.clockSyncs()) {
      String text = "⌚ site clock (" + s.phase() + "): " + s.describe();
      items.add(
          new Item(s.atMs(), 0, List.of(indent(0) + (s.ok() ? c.dim(text) : c.yellow(text)))));
    }
    r.release()
        .filter(rel -> rel.reached())
        .ifPresent(
            rel ->
                items.add(
                    new Item(
                        0,
                        0,
                        List.of(
                            indent(0)
                                + c.bold("⚑ release instant")
                                + c.dim(
                                    rel.firedMs().isPresent()
                                        ? " · errand fired "
                                            + TimeText.signed(rel.firedMs().getAsDouble())
                                            + " after it"
                                        : "")))));
    for (HandoffRecord h : r.handoffs()) {
      items.add(
          new Item(
              h.startMs(),
              2,
              List.of(
                  indent(0)
                      + c.cyan(
                          "┏ handed over ("
                              + h.reason()
                              + "): "
                              + h.message()
                              + " → "
                              + h.result().orElse("no end")))));
      h.page()
          .ifPresent(
              p ->
                  HandoffPageLines.of(p, h.startMs())
                      .forEach(
                          line ->
                              items.add(
                                  new Item(
                                      line.atMs(),
                                      3,
                                      List.of(indent(0) + c.cyan("┃ ") + line.text())))));
    }
    for (NoteRecord n : r.notes()) {
      String text =
          (n.kind().equals("suspended") ? "☾ " : n.kind().equals("relaunch") ? "⟳ " : "ℹ ")
              + n.message();
      items.add(
          new Item(
              n.atMs(), 2, List.of(indent(0) + (n.kind().equals("note") ? text : c.yellow(text)))));
    }
    for (ArtifactRecord a : r.artifacts()) {
      if (a.atMs().isPresent()) {
        items.add(new Item(a.atMs().getAsDouble(), 2, List.of(indent(0) + c.dim("▣ " + a.file()))));
      }
    }
    items.sort(Comparator.comparingDouble(Item::ms).thenComparingInt(Item::order));
    for (Item item : items) {
      String stamp = AttemptsText.padLeft(TimeText.stamp(item.ms(), release), STAMP);
      for (int i = 0; i < item.lines().size(); i++) {
        out.add((i == 0 ? c.dim(stamp) : " ".repeat(STAMP)) + "  " + item.lines().get(i));
      }
    }
    List<ArtifactRecord> unjournaled =
        r.artifacts().stream().filter(a -> a.atMs().isEmpty()).toList();
    if (!unjournaled.isEmpty()) {
      out.add(
          c.dim(
              "not in the journal: "
                  + String.join(", ", unjournaled.stream().map(ArtifactRecord::file).toList())));
    }
    out.add("");
    out.add(outcome(r, c, release));
    r.problems().forEach(p -> out.add(c.yellow("note: " + p)));
    return out;
  }

  private static List<String> step(StepRecord s, String phase, Styles c) {
    String mark;
    if (!s.finished()) {
      mark = c.red("…");
    } else if (s.ok()) {
      mark = c.green("✓");
    } else if (s.failed()) {
      mark = c.red("✗");
    } else {
      mark = c.yellow(s.result().equals("skipped") ? "–" : "!");
    }
    String took =
        s.finished() ? c.dim(TimeText.millis(s.durationMs().getAsDouble())) : c.red("no end");
    List<String> lines = new ArrayList<>();
    lines.add(
        c.bold(AttemptsText.padRight(phase, PHASE))
            + " "
            + mark
            + " "
            + s.description()
            + "  "
            + took
            + (s.ok() || !s.finished() ? "" : "  " + c.yellow(s.result()))
            + status(s, c));
    s.matched()
        .filter(m -> !s.description().contains(m) && !s.type().equals("handoff"))
        .ifPresent(m -> lines.add(indent(2) + c.dim("matched " + m)));
    s.message().ifPresent(m -> lines.add(indent(2) + (s.failed() ? c.red(m) : c.dim(m))));
    if (s.retries() > 0) {
      lines.add(
          indent(2) + c.yellow("retried " + s.retries() + (s.retries() == 1 ? " time" : " times")));
    }
    return lines;
  }

  /** " HTTP 503": the status of the page the step loaded, unless its match already says it. */
  private static String status(StepRecord s, Styles c) {
    if (s.status().isEmpty()) {
      return "";
    }
    int code = s.status().getAsInt();
    String text = "HTTP " + code;
    if (s.matched().filter(m -> m.contains(text)).isPresent()) {
      return "";
    }
    return "  " + (code >= 400 ? c.yellow(text) : c.dim(text));
  }

  /** The indent that puts a line under the step text, plus {@code extra} spaces. */
  private static String indent(int extra) {
    return " ".repeat(PHASE + 1 + extra);
  }

  private static List<String> header(AttemptRecord r, Styles c, ZoneId zone) {
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(zone);
    DateTimeFormatter utc =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);
    List<String> h = new ArrayList<>();
    AttemptOutcome o = r.outcome();
    h.add(c.bold(r.facts().recipeName()) + "  " + AttemptsText.tone(c, o, o.id()));
    h.add(c.dim("attempt  ") + r.id() + c.dim("  (" + r.dir() + ")"));
    h.add(
        c.dim("recipe   ")
            + r.facts().recipePath()
            + c.dim(" · sha " + r.facts().shortSha() + " · profile " + r.facts().profile()));
    h.add(
        c.dim("run      ")
            + "started "
            + local.format(r.startedAt())
            + " · took "
            + TimeText.duration(r.duration())
            + r.facts().browser().map(b -> " · " + b.describe()).orElse("")
            + (r.facts().errand().isBlank() ? "" : " · errand " + r.facts().errand()));
    r.release()
        .ifPresent(
            rel ->
                h.add(
                    c.dim("release  ")
                        + utc.format(rel.instant())
                        + c.dim(" (site time)")
                        + r.reaction()
                            .map(
                                x ->
                                    " · reaction "
                                        + TimeText.millis(x.ms())
                                        + c.dim(" (" + x.firstAction() + ")"))
                            .orElse("")));
    r.sites().forEach(site -> h.add(c.dim("site     ") + SiteSummaries.describe(site)));
    h.add(
        c.dim("clock    ")
            + r.clockSync()
                .map(ClockSyncRecord::describe)
                .orElse("this machine's clock (the site's was not read)"));
    return h;
  }

  private static String outcome(AttemptRecord r, Styles c, boolean release) {
    AttemptOutcome o = r.outcome();
    if (o.crashed()) {
      return c.red(
          c.bold("✗ crashed")
              + " at "
              + TimeText.stamp(r.timebase().ms(r.lastEventAt()), release)
              + " — "
              + o.message());
    }
    return c.bold("outcome  ")
        + AttemptsText.tone(c, o, o.id() + " — " + o.message())
        + o.step()
            .filter(s -> o.tone() != AttemptOutcome.Tone.GOOD)
            .map(
                s ->
                    c.dim(
                        "  at "
                            + s
                            + o.line().stream()
                                .mapToObj(l -> " (line " + l + ")")
                                .findFirst()
                                .orElse("")))
            .orElse("");
  }
}
