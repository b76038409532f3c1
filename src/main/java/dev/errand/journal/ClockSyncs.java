package dev.errand.journal;

import dev.errand.journal.event.JournalEvent;
import dev.errand.timing.sync.OffsetBounds;
import dev.errand.timing.sync.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** Reads {@code clock-sync} events, with their probes, into {@link ClockSyncRecord}s. */
final class ClockSyncs {

  private ClockSyncs() {}

  static ClockSyncRecord read(JournalEvent.ClockSync e, double atMs) {
    List<ProbeRecord> probes = new ArrayList<>();
    if (e.samples() != null) {
      for (Sample s : e.samples()) {
        if (s == null) {
          continue;
        }
        probes.add(
            new ProbeRecord(
                s.number(),
                s.use() == null ? "?" : s.use().name(),
                interval(s.bounds()),
                interval(s.after()),
                Optional.ofNullable(s.note())));
      }
    }
    return new ClockSyncRecord(
        atMs,
        e.phase() == null ? "?" : e.phase(),
        e.succeeded(),
        number(e.offsetMs()),
        number(e.uncertaintyMs()),
        number(e.rttMs()),
        e.probes() != null ? e.probes() : probes.size(),
        e.consistent() == null || e.consistent(),
        e.warnings() == null ? List.of() : e.warnings(),
        Optional.ofNullable(e.message()),
        probes);
  }

  private static OptionalDouble number(@Nullable Double v) {
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  private static Optional<ProbeRecord.Interval> interval(@Nullable OffsetBounds b) {
    return b == null
        ? Optional.empty()
        : Optional.of(new ProbeRecord.Interval(b.loNanos() / 1e6, b.hiNanos() / 1e6));
  }
}
