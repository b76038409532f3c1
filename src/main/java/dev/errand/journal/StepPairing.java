package dev.errand.journal;

import dev.errand.journal.event.JournalEvent.StepEnd;
import dev.errand.journal.event.JournalEvent.StepStart;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Pairs {@code step-start} with {@code step-end} events into {@link StepRecord}s. A start without
 * an end stays unfinished; a step started again before it ended counts as a retry.
 */
final class StepPairing {

  private final Timebase timebase;
  private final List<Open> order = new ArrayList<>();
  private final Map<String, Open> open = new LinkedHashMap<>();

  private static final class Open {
    @Nullable StepStart start;
    @Nullable StepEnd end;
    int restarts;
  }

  StepPairing(Timebase timebase) {
    this.timebase = timebase;
  }

  void start(StepStart e) {
    String key = key(e.phase(), e.index());
    Open o = open.get(key);
    if (o != null && o.end == null) {
      o.restarts++;
      return;
    }
    o = new Open();
    o.start = e;
    open.put(key, o);
    order.add(o);
  }

  void end(StepEnd e) {
    String key = key(e.phase(), e.index());
    Open o = open.get(key);
    if (o == null || o.end != null) {
      o = new Open();
      order.add(o);
    }
    o.end = e;
    open.remove(key);
  }

  /** The description of the step running now (started, not ended), if any. */
  Optional<String> running() {
    return open.values().stream()
        .filter(o -> o.end == null)
        .reduce((a, b) -> b)
        .map(o -> o.start != null ? or(o.start.step(), "?") : "?");
  }

  List<StepRecord> steps() {
    List<StepRecord> out = new ArrayList<>();
    for (Open o : order) {
      out.add(record(o));
    }
    return out;
  }

  private StepRecord record(Open o) {
    StepStart s = o.start;
    StepEnd e = o.end;
    Instant startedAt =
        s != null && s.t() != null
            ? s.t()
            : e != null && e.started() != null ? e.started() : Instant.EPOCH;
    double startMs =
        s != null && s.sinceReleaseMs() != null && timebase.relativeToRelease()
            ? s.sinceReleaseMs()
            : timebase.ms(startedAt);
    int retries = e != null && e.retries() != null ? e.retries() : 0;
    return new StepRecord(
        or(s != null ? s.phase() : null, e != null ? e.phase() : null, "?"),
        s != null && s.index() != null
            ? s.index()
            : e != null && e.index() != null ? e.index() : -1,
        or(s != null ? s.type() : null, e != null ? e.type() : null, "?"),
        or(s != null ? s.step() : null, e != null ? e.step() : null, "?"),
        s != null && s.line() != null ? OptionalInt.of(s.line()) : OptionalInt.empty(),
        startedAt,
        startMs,
        e != null && e.durationMs() != null
            ? OptionalDouble.of(e.durationMs())
            : OptionalDouble.empty(),
        e == null ? StepRecord.UNFINISHED : or(e.result(), "?"),
        Optional.ofNullable(e != null ? e.matched() : null),
        Optional.ofNullable(e != null ? e.message() : null),
        Math.max(o.restarts, retries),
        e != null && e.status() != null ? OptionalInt.of(e.status()) : OptionalInt.empty());
  }

  /** {@code value}, or {@code otherwise} when it is null. */
  private static String or(@Nullable String value, String otherwise) {
    return value != null ? value : otherwise;
  }

  /** The first of {@code a} and {@code b} that is not null, or {@code otherwise}. */
  private static String or(@Nullable String a, @Nullable String b, String otherwise) {
    return a != null ? a : or(b, otherwise);
  }

  private static String key(@Nullable String phase, @Nullable Integer index) {
    return (phase == null ? "?" : phase) + "#" + (index == null ? -1 : index);
  }
}
