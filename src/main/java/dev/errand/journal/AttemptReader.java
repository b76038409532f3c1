package dev.errand.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads an attempt folder back into an {@link AttemptRecord}. Tolerant by design: it reads what a
 * crash left behind (a cut-off last line is skipped and reported; a journal without an outcome is
 * {@code crashed}, naming the step it was in), and journals from older versions with fewer fields.
 */
public final class AttemptReader {

  /** The journal file's name in an attempt folder. */
  public static final String JOURNAL = "journal.jsonl";

  private static final Pattern NUMBERED = Pattern.compile("\\d+-.+\\.(png|html)");
  private static final Pattern TRACE = Pattern.compile("trace.*\\.zip");

  private AttemptReader() {}

  /**
   * Reads the attempt in {@code dir}.
   *
   * @throws UncheckedIOException when the folder has no readable journal
   */
  public static AttemptRecord read(Path dir) {
    Path journal = dir.resolve(JOURNAL);
    if (!Files.isRegularFile(journal)) {
      throw new UncheckedIOException(
          new IOException(dir.getFileName() + " has no " + JOURNAL + ": not an attempt folder"));
    }
    Instant modified;
    try {
      modified = Files.getLastModifiedTime(journal).toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(dir, JournalLines.read(journal), filesIn(dir), modified);
  }

  /** Reads already loaded journal lines; {@code files} are the names in the folder. */
  static AttemptRecord read(Path dir, JournalLines lines, List<String> files, Instant modified) {
    List<JsonNode> events = lines.events();
    JsonNode runStart = first(events, "run-start");
    Instant startedAt =
        JsonFields.instant(runStart, "t")
            .or(() -> events.isEmpty() ? Optional.empty() : JsonFields.instant(events.get(0), "t"))
            .orElse(modified);
    JsonNode releaseEvent = first(events, "release");
    Optional<Instant> releaseInstant =
        JsonFields.instant(releaseEvent, "instant")
            .or(() -> JsonFields.instant(runStart, "release"));
    Timebase timebase = Timebase.of(events, releaseInstant, startedAt);

    StepPairing pairing = new StepPairing(timebase);
    List<HandoffRecord> handoffs = new ArrayList<>();
    List<NoteRecord> notes = new ArrayList<>();
    List<ArtifactRecord> artifacts = new ArrayList<>();
    List<ClockSyncRecord> syncs = new ArrayList<>();
    Optional<ReactionRecord> reaction = Optional.empty();
    JsonNode outcome = null;
    JsonNode browser = null;
    Instant last = startedAt;
    for (JsonNode e : events) {
      Optional<Instant> t = JsonFields.instant(e, "t");
      double ms = timebase.ms(t.orElse(last));
      last = t.orElse(last);
      switch (e.get("event").asText()) {
        case "browser" -> browser = e;
        case "step-start" -> pairing.start(e);
        case "step-end" -> pairing.end(e);
        case "reaction" ->
            reaction =
                Optional.of(
                    new ReactionRecord(
                        JsonFields.number(e, "ms").orElse(0),
                        JsonFields.text(e, "firstAction", "?"),
                        false));
        case "handoff" -> handoffs.add(handoff(e, ms));
        case "handoff-end" -> endHandoff(handoffs, e, ms);
        case "note" -> notes.add(new NoteRecord("note", ms, JsonFields.text(e, "message", "")));
        case "suspended" -> notes.add(new NoteRecord("suspended", ms, slept(e)));
        case "artifact" ->
            artifacts.add(
                new ArtifactRecord(
                    JsonFields.text(e, "kind", "file"),
                    JsonFields.text(e, "file", "?"),
                    OptionalDouble.of(ms),
                    pairing.running()));
        case "clock-sync" -> syncs.add(ClockSyncs.read(e, ms));
        case "outcome" -> outcome = e;
        default -> {
          // other events (phase, release, notifications) are read where needed
        }
      }
    }
    List<StepRecord> steps = pairing.steps();
    addFilesOnDisk(artifacts, files);
    Optional<ReleaseRecord> release = releaseInstant.map(instant -> release(instant, releaseEvent));
    if (reaction.isEmpty() && release.isPresent()) {
      reaction = derivedReaction(steps);
    }
    return new AttemptRecord(
        dir.getFileName().toString(),
        dir,
        facts(runStart, browser),
        startedAt,
        outcome == null ? Optional.empty() : JsonFields.instant(outcome, "t"),
        last,
        outcome == null ? crashed(steps, events) : outcome(outcome),
        timebase,
        release,
        syncs,
        reaction,
        steps,
        handoffs,
        notes,
        artifacts,
        lines.problems());
  }

  private static @Nullable JsonNode first(List<JsonNode> events, String name) {
    return events.stream()
        .filter(e -> e.get("event").asText().equals(name))
        .findFirst()
        .orElse(null);
  }

  private static RunFacts facts(@Nullable JsonNode start, @Nullable JsonNode browser) {
    return new RunFacts(
        JsonFields.text(start, "errand", ""),
        JsonFields.text(start, "java", ""),
        JsonFields.text(start, "os", ""),
        JsonFields.text(start, "recipe", ""),
        JsonFields.text(start, "recipeName", "(unknown recipe)"),
        JsonFields.text(start, "recipeSha256", ""),
        JsonFields.text(start, "site", ""),
        JsonFields.text(start, "profile", ""),
        JsonFields.integer(start, "quantity"),
        JsonFields.flag(start, "headless"),
        browser == null
            ? Optional.empty()
            : Optional.of(
                new RunFacts.Browser(
                    JsonFields.text(browser, "name", "?"),
                    JsonFields.text(browser, "version", "?"),
                    JsonFields.text(browser, "executable", ""),
                    JsonFields.flag(browser, "headless"))));
  }

  private static ReleaseRecord release(Instant instant, @Nullable JsonNode e) {
    if (e == null) {
      return new ReleaseRecord(
          instant,
          false,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          Optional.empty());
    }
    OptionalDouble late = JsonFields.number(e, "lateMs");
    OptionalDouble margin = JsonFields.number(e, "marginMs");
    Optional<Instant> fired = JsonFields.instant(e, "actualFire");
    OptionalDouble firedMs =
        fired.isPresent()
            ? OptionalDouble.of(Duration.between(instant, fired.get()).toNanos() / 1e6)
            : late.isPresent() ? OptionalDouble.of(late.getAsDouble() + margin.orElse(0)) : late;
    return new ReleaseRecord(instant, true, firedMs, margin, late, JsonFields.text(e, "clock"));
  }

  private static Optional<ReactionRecord> derivedReaction(List<StepRecord> steps) {
    return steps.stream()
        .filter(s -> !s.phase().equals("arm"))
        .filter(s -> Set.of("click", "select", "fill", "check", "press").contains(s.type()))
        .findFirst()
        .map(s -> new ReactionRecord(s.startMs(), s.description(), true));
  }

  private static HandoffRecord handoff(JsonNode e, double ms) {
    return new HandoffRecord(
        JsonFields.text(e, "reason", "?"),
        JsonFields.text(e, "message", ""),
        JsonFields.text(e, "url", ""),
        JsonFields.text(e, "until"),
        ms,
        OptionalDouble.empty(),
        Optional.empty());
  }

  private static void endHandoff(List<HandoffRecord> handoffs, JsonNode e, double ms) {
    String reason = JsonFields.text(e, "reason", "?");
    for (int i = handoffs.size() - 1; i >= 0; i--) {
      HandoffRecord h = handoffs.get(i);
      if (h.reason().equals(reason) && h.result().isEmpty()) {
        handoffs.set(
            i,
            new HandoffRecord(
                h.reason(),
                h.message(),
                h.url(),
                h.until(),
                h.startMs(),
                OptionalDouble.of(ms),
                Optional.of(JsonFields.text(e, "result", "?"))));
        return;
      }
    }
  }

  private static String slept(JsonNode e) {
    long slept = (long) JsonFields.number(e, "sleptMs").orElse(0);
    long missed = (long) JsonFields.number(e, "missedByMs").orElse(0);
    return "this machine slept "
        + slept / 1000
        + " s while waiting"
        + (missed > 0 ? " and missed the release by " + missed / 1000 + " s" : "");
  }

  private static AttemptOutcome outcome(JsonNode e) {
    return new AttemptOutcome(
        JsonFields.text(e, "outcome", "?"),
        JsonFields.text(e, "message", ""),
        JsonFields.text(e, "step"),
        JsonFields.integer(e, "line"),
        false);
  }

  private static AttemptOutcome crashed(List<StepRecord> steps, List<JsonNode> events) {
    Optional<StepRecord> in = steps.stream().filter(s -> !s.finished()).reduce((a, b) -> b);
    if (in.isPresent()) {
      StepRecord s = in.get();
      return new AttemptOutcome(
          "crashed",
          "the journal ends without an outcome during step "
              + s.named()
              + ": errand was killed or crashed while it ran",
          Optional.of(s.description()),
          s.line(),
          true);
    }
    String after =
        events.isEmpty()
            ? "the journal is empty"
            : "the journal ends without an outcome after '"
                + events.get(events.size() - 1).get("event").asText()
                + "'";
    return new AttemptOutcome(
        "crashed",
        after + ": errand was killed or crashed",
        Optional.empty(),
        OptionalInt.empty(),
        true);
  }

  private static void addFilesOnDisk(List<ArtifactRecord> artifacts, List<String> files) {
    Set<String> journaled = new HashSet<>();
    artifacts.forEach(a -> journaled.add(a.file()));
    files.stream()
        .sorted()
        .filter(f -> !journaled.contains(f))
        .forEach(
            f -> {
              String kind;
              if (TRACE.matcher(f).matches()) {
                kind = "trace";
              } else if (NUMBERED.matcher(f).matches()) {
                kind = f.endsWith(".png") ? "screenshot" : "html";
              } else {
                return;
              }
              artifacts.add(new ArtifactRecord(kind, f, OptionalDouble.empty(), Optional.empty()));
            });
  }

  private static List<String> filesIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
