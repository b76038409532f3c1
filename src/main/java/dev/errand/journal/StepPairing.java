package dev.errand.journal;

import com.fasterxml.jackson.databind.JsonNode;
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
    @Nullable JsonNode start;
    @Nullable JsonNode end;
    int restarts;
  }

  StepPairing(Timebase timebase) {
    this.timebase = timebase;
  }

  void start(JsonNode e) {
    String key = key(e);
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

  void end(JsonNode e) {
    Open o = open.get(key(e));
    if (o == null || o.end != null) {
      o = new Open();
      order.add(o);
    }
    o.end = e;
    open.remove(key(e));
  }

  /** The description of the step running now (started, not ended), if any. */
  Optional<String> running() {
    return open.values().stream()
        .filter(o -> o.end == null)
        .reduce((a, b) -> b)
        .map(o -> JsonFields.text(o.start, "step", "?"));
  }

  List<StepRecord> steps() {
    List<StepRecord> out = new ArrayList<>();
    for (Open o : order) {
      out.add(record(o));
    }
    return out;
  }

  private StepRecord record(Open o) {
    JsonNode any = o.start != null ? o.start : o.end;
    Instant startedAt =
        JsonFields.instant(o.start, "t")
            .or(() -> JsonFields.instant(o.end, "started"))
            .orElse(Instant.EPOCH);
    OptionalDouble journaled = JsonFields.number(o.start, "sinceReleaseMs");
    double startMs =
        journaled.isPresent() && timebase.relativeToRelease()
            ? journaled.getAsDouble()
            : timebase.ms(startedAt);
    OptionalInt retries = JsonFields.integer(o.end, "retries");
    return new StepRecord(
        JsonFields.text(any, "phase", "?"),
        JsonFields.integer(any, "index").orElse(-1),
        JsonFields.text(any, "type", "?"),
        JsonFields.text(any, "step", "?"),
        JsonFields.integer(o.start, "line"),
        startedAt,
        startMs,
        JsonFields.number(o.end, "durationMs"),
        o.end == null ? StepRecord.UNFINISHED : JsonFields.text(o.end, "result", "?"),
        JsonFields.text(o.end, "matched"),
        JsonFields.text(o.end, "message"),
        Math.max(o.restarts, retries.orElse(0)));
  }

  private static String key(JsonNode e) {
    return JsonFields.text(e, "phase", "?") + "#" + JsonFields.integer(e, "index").orElse(-1);
  }
}
