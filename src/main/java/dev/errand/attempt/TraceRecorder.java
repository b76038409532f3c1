package dev.errand.attempt;

import dev.errand.browser.Tracer;
import dev.errand.recipe.Phase;
import dev.errand.run.RunListener;
import dev.errand.run.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Records the run as Playwright traces, one file per phase ({@code trace-1-arm.zip}, {@code
 * trace-3-after.zip}), so a crash loses at most the phase in progress. The at-release phase is not
 * traced: tracing with snapshots makes actions several times slower, and that is the moment that
 * must be fast. Any tracing failure turns tracing off for the rest of the run, never the run.
 */
final class TraceRecorder implements RunListener {

  private final Tracer tracer;
  private final Path dir;
  private final BiConsumer<String, Path> saved;
  private final Consumer<String> note;
  private final Consumer<Path> scrub;
  private boolean enabled = true;
  private @Nullable Phase open;

  /**
   * @param saved told of each saved chunk file (kind "trace")
   * @param note told when tracing is skipped or fails
   */
  TraceRecorder(Tracer tracer, Path dir, BiConsumer<String, Path> saved, Consumer<String> note) {
    this(tracer, dir, saved, note, file -> {});
  }

  /**
   * @param scrub rewrites each chunk file once saved, before it is told of ({@link TraceScrubber})
   */
  TraceRecorder(
      Tracer tracer,
      Path dir,
      BiConsumer<String, Path> saved,
      Consumer<String> note,
      Consumer<Path> scrub) {
    this.tracer = tracer;
    this.dir = dir;
    this.saved = saved;
    this.note = note;
    this.scrub = scrub;
  }

  @Override
  public void phaseStarted(Phase phase, int steps) {
    if (phase == open) {
      return;
    }
    save();
    if (phase == Phase.AT_RELEASE) {
      note.accept("trace: the at-release phase is not traced, so the strike stays fast");
      return;
    }
    start(phase);
  }

  @Override
  public void waiting(Instant release, Duration remaining) {
    save(); // nothing happens while waiting: keep the arm phase safe on disk
  }

  @Override
  public void finished(RunResult result) {
    save();
    try {
      tracer.stop();
    } catch (RuntimeException e) {
      // ending: nothing more to keep
    }
  }

  private void start(Phase phase) {
    if (!enabled) {
      return;
    }
    try {
      tracer.startChunk(phase.yamlName());
      open = phase;
    } catch (RuntimeException e) {
      disable(e);
    }
  }

  // the files number the phases in the order they run, which is Phase's order
  @SuppressWarnings("EnumOrdinal")
  private void save() {
    if (!enabled || open == null) {
      return;
    }
    Path file = dir.resolve("trace-" + (open.ordinal() + 1) + "-" + open.yamlName() + ".zip");
    try {
      tracer.saveChunk(file);
      scrub.accept(file);
      saved.accept("trace", file);
    } catch (RuntimeException e) {
      disable(e);
    }
    open = null;
  }

  private void disable(RuntimeException e) {
    enabled = false;
    open = null;
    note.accept("trace: recording stopped: " + e.getMessage());
  }
}
