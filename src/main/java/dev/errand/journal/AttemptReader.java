package dev.errand.journal;

import dev.errand.journal.event.JournalEvent;
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
 * {@code crashed}, naming the step it was in, unless its writer is still alive: then it is {@value
 * #RUNNING}), and journals from older versions with fewer fields.
 */
public final class AttemptReader {

  /** The journal file's name in an attempt folder. */
  public static final String JOURNAL = "journal.jsonl";

  /** The outcome of a run whose journal has no outcome yet and whose writer is alive. */
  public static final String RUNNING = "running";

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
    return read(
        dir,
        JournalLines.read(journal),
        filesIn(dir),
        modified,
        WriterMark.writer(dir).isPresent());
  }

  /**
   * Reads already loaded journal lines; {@code files} are the names in the folder; {@code
   * writerAlive} whether the process writing the journal is still running.
   */
  static AttemptRecord read(
      Path dir, JournalLines lines, List<String> files, Instant modified, boolean writerAlive) {
    List<JournalEvent> events = lines.events();
    Optional<JournalEvent.RunStart> runStart = lines.first(JournalEvent.RunStart.class);
    Instant startedAt =
        runStart
            .map(JournalEvent::t)
            .or(() -> events.stream().findFirst().map(JournalEvent::t))
            .orElse(modified);
    Optional<JournalEvent.Release> releaseEvent = lines.first(JournalEvent.Release.class);
    Optional<Instant> releaseInstant =
        releaseEvent
            .map(JournalEvent.Release::instant)
            .or(() -> runStart.map(JournalEvent.RunStart::release));
    Timebase timebase = Timebase.of(events, releaseInstant, startedAt);

    StepPairing pairing = new StepPairing(timebase);
    List<HandoffRecord> handoffs = new ArrayList<>();
    List<NoteRecord> notes = new ArrayList<>();
    WatchNotes watch = new WatchNotes();
    List<JournalEvent.SiteSummary> sites = new ArrayList<>();
    List<ArtifactRecord> artifacts = new ArrayList<>();
    List<ClockSyncRecord> syncs = new ArrayList<>();
    Optional<JournalEvent.Reaction> reactionEvent = Optional.empty();
    JournalEvent.Outcome outcome = null;
    JournalEvent.Browser browser = null;
    Instant last = startedAt;
    for (JournalEvent e : events) {
      Instant t = e.t() != null ? e.t() : last;
      double ms = timebase.ms(t);
      last = t;
      if (e instanceof JournalEvent.Browser b) {
        browser = b;
      } else if (e instanceof JournalEvent.StepStart start) {
        pairing.start(start);
      } else if (e instanceof JournalEvent.StepEnd end) {
        pairing.end(end);
      } else if (e instanceof JournalEvent.Reaction r) {
        reactionEvent = reactionEvent.or(() -> Optional.of(r));
      } else if (e instanceof JournalEvent.Handoff h) {
        handoffs.add(handoff(h, ms));
      } else if (e instanceof JournalEvent.HandoffEnd h) {
        endHandoff(handoffs, h, ms);
      } else if (HandoffPageReader.read(handoffs, e, ms)) {
        // read onto its handoff
      } else if (e instanceof JournalEvent.Note n) {
        notes.add(new NoteRecord("note", ms, or(n.message(), "")));
      } else if (e instanceof JournalEvent.Suspended sleep) {
        notes.add(new NoteRecord("suspended", ms, slept(sleep)));
      } else if (e instanceof JournalEvent.Queue q && !"moved".equals(q.state())) {
        notes.add(new NoteRecord("queue", ms, QueueNotes.say(q)));
      } else if (e instanceof JournalEvent.Artifact a) {
        artifacts.add(
            new ArtifactRecord(
                or(a.kind(), "file"), or(a.file(), "?"), OptionalDouble.of(ms), pairing.running()));
      } else if (e instanceof JournalEvent.ClockSync c) {
        syncs.add(ClockSyncs.read(c, ms));
      } else if (e instanceof JournalEvent.Outcome o) {
        outcome = o;
      } else if (e instanceof JournalEvent.Dismissed d) {
        notes.add(new NoteRecord("note", ms, "closed " + or(d.what(), "an overlay")));
      } else if (e instanceof JournalEvent.Retry retry) {
        notes.add(new NoteRecord("retry", ms, retryText(retry)));
      } else if (e instanceof JournalEvent.Relaunch relaunch) {
        notes.add(new NoteRecord("relaunch", ms, RelaunchText.of(relaunch)));
      } else if (e instanceof JournalEvent.SiteSummary site) {
        sites.add(site);
      } else if (e instanceof JournalEvent.WatchCheck check) {
        watch.add(check, t, ms);
      }
      // other events (phase, release, notifications) are read where needed
    }
    notes.addAll(watch.notes());
    List<StepRecord> steps = pairing.steps();
    addFilesOnDisk(artifacts, files);
    Optional<ReleaseRecord> release =
        releaseInstant.map(instant -> release(instant, releaseEvent.orElse(null)));
    Optional<ReactionRecord> reaction =
        release.isPresent() ? reaction(steps, reactionEvent) : Optional.empty();
    return new AttemptRecord(
        dir.getFileName().toString(),
        dir,
        facts(runStart.orElse(null), browser),
        startedAt,
        outcome == null ? Optional.empty() : Optional.ofNullable(outcome.t()),
        last,
        outcome == null ? unended(steps, events, writerAlive) : outcome(outcome),
        timebase,
        release,
        syncs,
        reaction,
        steps,
        handoffs,
        notes,
        artifacts,
        lines.problems(),
        sites);
  }

  private static String retryText(JournalEvent.Retry r) {
    return RetryText.of(
        or(r.refusal(), "a refusal"),
        Duration.ofMillis(r.waitMs() == null ? 0 : r.waitMs()),
        Boolean.TRUE.equals(r.retryAfter()),
        r.attempt() == null ? 2 : r.attempt(),
        r.attempts() == null ? 3 : r.attempts());
  }

  private static String or(@Nullable String value, String otherwise) {
    return value != null ? value : otherwise;
  }

  private static RunFacts facts(
      JournalEvent.@Nullable RunStart start, JournalEvent.@Nullable Browser browser) {
    JournalEvent.RunStart s =
        start != null
            ? start
            : new JournalEvent.RunStart(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    return new RunFacts(
        or(s.errand(), ""),
        or(s.java(), ""),
        or(s.os(), ""),
        or(s.recipe(), ""),
        or(s.recipeName(), "(unknown recipe)"),
        or(s.recipeSha256(), ""),
        or(s.site(), ""),
        or(s.profile(), ""),
        s.quantity() == null ? OptionalInt.empty() : OptionalInt.of(s.quantity()),
        Boolean.TRUE.equals(s.headless()),
        browser == null
            ? Optional.empty()
            : Optional.of(
                new RunFacts.Browser(
                    or(browser.name(), "?"),
                    or(browser.version(), "?"),
                    or(browser.executable(), ""),
                    Boolean.TRUE.equals(browser.headless()))));
  }

  private static ReleaseRecord release(Instant instant, JournalEvent.@Nullable Release e) {
    if (e == null) {
      return new ReleaseRecord(
          instant,
          false,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          Optional.empty());
    }
    OptionalDouble late = number(e.lateMs());
    OptionalDouble margin = number(e.marginMs());
    OptionalDouble firedMs =
        e.actualFire() != null
            ? OptionalDouble.of(Duration.between(instant, e.actualFire()).toNanos() / 1e6)
            : late.isPresent() ? OptionalDouble.of(late.getAsDouble() + margin.orElse(0)) : late;
    return new ReleaseRecord(instant, true, firedMs, margin, late, Optional.ofNullable(e.clock()));
  }

  private static OptionalDouble number(@Nullable Double v) {
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * The first action on the shop after the release that was made: the first step past arming that
   * acts and ended ok, dated by its start. Journaled ({@code derived} false) when the {@code
   * reaction} event names that step; none when no action was made, whatever an older journal's
   * {@code reaction} event says (older errands wrote it when the action started, not when it was
   * done).
   */
  static Optional<ReactionRecord> reaction(
      List<StepRecord> steps, Optional<JournalEvent.Reaction> event) {
    return steps.stream()
        .filter(s -> !s.phase().equals("arm"))
        .filter(s -> ACTIONS.contains(s.type()))
        .filter(StepRecord::ok)
        .findFirst()
        .map(
            s -> {
              boolean journaled =
                  event.isPresent() && s.description().equals(event.get().firstAction());
              return new ReactionRecord(s.startMs(), s.description(), !journaled);
            });
  }

  private static final Set<String> ACTIONS = Set.of("click", "select", "fill", "check", "press");

  private static HandoffRecord handoff(JournalEvent.Handoff e, double ms) {
    return new HandoffRecord(
        or(e.reason(), "?"),
        or(e.message(), ""),
        or(e.url(), ""),
        Optional.ofNullable(e.until()),
        ms,
        OptionalDouble.empty(),
        Optional.empty());
  }

  private static void endHandoff(
      List<HandoffRecord> handoffs, JournalEvent.HandoffEnd e, double ms) {
    String reason = or(e.reason(), "?");
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
                Optional.of(or(e.result(), "?")),
                h.page()));
        return;
      }
    }
  }

  private static String slept(JournalEvent.Suspended e) {
    long slept = e.sleptMs() == null ? 0 : e.sleptMs();
    long missed = e.missedByMs() == null ? 0 : e.missedByMs();
    return "this machine slept "
        + slept / 1000
        + " s while waiting"
        + (missed > 0 ? " and missed the release by " + missed / 1000 + " s" : "");
  }

  private static AttemptOutcome outcome(JournalEvent.Outcome e) {
    return new AttemptOutcome(
        or(e.outcome(), "?"),
        or(e.message(), ""),
        Optional.ofNullable(e.step()),
        e.line() == null ? OptionalInt.empty() : OptionalInt.of(e.line()),
        false);
  }

  /**
   * A journal without an outcome: {@value #RUNNING} while its writer is alive, else {@code
   * crashed}, naming the step it was in.
   */
  private static AttemptOutcome unended(
      List<StepRecord> steps, List<JournalEvent> events, boolean writerAlive) {
    Optional<StepRecord> in = steps.stream().filter(s -> !s.finished()).reduce((a, b) -> b);
    if (writerAlive) {
      return new AttemptOutcome(
          RUNNING,
          in.map(s -> "errand is still running this attempt, in step " + s.named())
              .orElse("errand is still running this attempt"),
          in.map(StepRecord::description),
          in.map(StepRecord::line).orElse(OptionalInt.empty()),
          true);
    }
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
                + events.get(events.size() - 1).event()
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
