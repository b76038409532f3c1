package dev.errand.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code clock-sync} events, with their probes, into {@link ClockSyncRecord}s. */
final class ClockSyncs {

  private ClockSyncs() {}

  static ClockSyncRecord read(JsonNode e, double atMs) {
    List<ProbeRecord> probes = new ArrayList<>();
    JsonNode samples = e.get("samples");
    if (samples != null && samples.isArray()) {
      for (JsonNode s : samples) {
        probes.add(
            new ProbeRecord(
                JsonFields.integer(s, "number").orElse(probes.size()),
                JsonFields.text(s, "use", "?"),
                interval(s.get("bounds")),
                interval(s.get("after")),
                JsonFields.text(s, "note")));
      }
    }
    return new ClockSyncRecord(
        atMs,
        JsonFields.text(e, "phase", "?"),
        JsonFields.flag(e, "ok"),
        JsonFields.number(e, "offsetMs"),
        JsonFields.number(e, "uncertaintyMs"),
        JsonFields.number(e, "rttMs"),
        JsonFields.integer(e, "probes").orElse(probes.size()),
        !e.has("consistent") || JsonFields.flag(e, "consistent"),
        JsonFields.texts(e, "warnings"),
        JsonFields.text(e, "message"),
        probes);
  }

  private static Optional<ProbeRecord.Interval> interval(JsonNode b) {
    if (b == null || !b.isObject() || !b.has("loNanos") || !b.has("hiNanos")) {
      return Optional.empty();
    }
    return Optional.of(
        new ProbeRecord.Interval(b.get("loNanos").asLong() / 1e6, b.get("hiNanos").asLong() / 1e6));
  }
}
