package dev.errand.browser.pw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Renders {@link StrikeLatencyIT}'s drops: one line per drop, then medians, p95 and max. */
final class StrikeLatencyTable {

  private StrikeLatencyTable() {}

  static String render(List<StrikeLatencyIT.Drop> drops) {
    StringBuilder out = new StringBuilder("\nstrike latency (ms after the release instant)");
    loadAverage().ifPresent(load -> out.append(", load average ").append(load));
    out.append('\n');
    out.append(
        "  post  | reqStart get  respStart respEnd domSeen | each step: reload wait expect type"
            + " qty click\n");
    for (StrikeLatencyIT.Drop d : drops) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %5.1f | %8.1f %5.1f %9.1f %7.1f %7.1f |",
              d.postMs(),
              d.page().requestStartMs(),
              d.getMs(),
              d.page().responseStartMs(),
              d.page().responseEndMs(),
              d.page().domSeenMs()));
      d.stepMs().values().forEach(v -> out.append(String.format(Locale.ROOT, " %5.1f", v)));
      out.append('\n');
    }
    line(out, "POST /basket received", drops, StrikeLatencyIT.Drop::postMs);
    line(out, "reload request start", drops, d -> d.page().requestStartMs());
    line(out, "GET (reload) received", drops, StrikeLatencyIT.Drop::getMs);
    line(out, "response start", drops, d -> d.page().responseStartMs());
    line(out, "response end", drops, d -> d.page().responseEndMs());
    line(out, "DOMContentLoaded seen", drops, d -> d.page().domSeenMs());
    for (String step : drops.get(0).stepMs().keySet()) {
      line(out, "step " + step, drops, d -> d.stepMs().get(step));
    }
    return out.toString();
  }

  private static void line(
      StringBuilder out,
      String what,
      List<StrikeLatencyIT.Drop> drops,
      ToDoubleFunction<StrikeLatencyIT.Drop> value) {
    List<Double> v = new ArrayList<>();
    drops.forEach(d -> v.add(value.applyAsDouble(d)));
    Collections.sort(v);
    out.append(
        String.format(
            Locale.ROOT,
            "  %-22s median %6.1f  p95 %6.1f  max %6.1f%n",
            what,
            percentile(v, 50),
            percentile(v, 95),
            v.get(v.size() - 1)));
  }

  /** This machine's load (Linux): other work on two cores shows in every figure. */
  private static Optional<String> loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return Optional.of(String.join(" ", Arrays.copyOf(parts, 3)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(List<Double> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
