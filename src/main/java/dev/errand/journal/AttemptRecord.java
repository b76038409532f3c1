package dev.errand.journal;

import dev.errand.journal.event.JournalEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything an attempt folder says about one run, read back from its journal by {@link
 * AttemptReader}: facts, times, outcome, steps, handoffs, clock readings and artifacts. Times in
 * milliseconds ({@code …Ms}) are relative to the release instant on the site's clock (see {@link
 * Timebase}).
 *
 * @param id the folder's name
 * @param dir the folder
 * @param facts versions, recipe and profile
 * @param startedAt the run's start (this machine's clock)
 * @param endedAt when the outcome was written; empty when the journal has no end
 * @param lastEventAt the last event's time
 * @param outcome how it ended ({@code crashed} when the journal has no outcome)
 * @param timebase how journal times map onto the release-relative time axis
 * @param release the release instant and how errand fired, if the recipe had one
 * @param clockSyncs readings of the site's clock, in order
 * @param reaction the first action after the release, if any
 * @param steps every step that started, in order
 * @param handoffs handoffs to the person, in order
 * @param notes notes and sleep warnings, in order
 * @param artifacts screenshots, page HTML and traces
 * @param problems what the reader had to skip (a cut-off last line)
 * @param sites what errand asked of each site and what it answered, when the journal sums it up
 */
public record AttemptRecord(
    String id,
    Path dir,
    RunFacts facts,
    Instant startedAt,
    Optional<Instant> endedAt,
    Instant lastEventAt,
    AttemptOutcome outcome,
    Timebase timebase,
    Optional<ReleaseRecord> release,
    List<ClockSyncRecord> clockSyncs,
    Optional<ReactionRecord> reaction,
    List<StepRecord> steps,
    List<HandoffRecord> handoffs,
    List<NoteRecord> notes,
    List<ArtifactRecord> artifacts,
    List<String> problems,
    List<JournalEvent.SiteSummary> sites) {

  public AttemptRecord {
    clockSyncs = List.copyOf(clockSyncs);
    steps = List.copyOf(steps);
    handoffs = List.copyOf(handoffs);
    notes = List.copyOf(notes);
    artifacts = List.copyOf(artifacts);
    problems = List.copyOf(problems);
    sites = List.copyOf(sites);
  }

  /** From the start to the outcome, or to the last event when the run never ended. */
  public Duration duration() {
    return Duration.between(startedAt, endedAt.orElse(lastEventAt));
  }

  /** The last clock reading: what the run acted by. */
  public Optional<ClockSyncRecord> clockSync() {
    return clockSyncs.isEmpty()
        ? Optional.empty()
        : Optional.of(clockSyncs.get(clockSyncs.size() - 1));
  }

  /** The step the run was in when it stopped without an end, if any. */
  public Optional<StepRecord> unfinishedStep() {
    return steps.stream().filter(s -> !s.finished()).reduce((a, b) -> b);
  }

  public List<ArtifactRecord> screenshots() {
    return artifacts.stream().filter(ArtifactRecord::screenshot).toList();
  }

  /** Playwright traces ({@code trace*.zip}) in the folder. */
  public List<Path> traces() {
    return artifacts.stream().filter(a -> a.kind().equals("trace")).map(a -> a.in(dir)).toList();
  }
}
