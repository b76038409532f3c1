package dev.errand.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code summary.json} at the end of a run: the outcome and the key figures, read back from
 * the journal so both always agree. Meant for a {@code finally} block: it never throws.
 */
public final class SummaryWriter {

  /** The summary's file name in an attempt folder. */
  public static final String FILE = "summary.json";

  private static final Logger log = LoggerFactory.getLogger(SummaryWriter.class);

  private SummaryWriter() {}

  /** Writes {@code attemptDir/summary.json}; returns false (and logs) when it could not. */
  public static boolean write(Path attemptDir) {
    try {
      ObjectNode summary = summary(AttemptReader.read(attemptDir));
      Path tmp = attemptDir.resolve(FILE + ".tmp");
      Files.writeString(
          tmp,
          Journal.json().writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n",
          StandardCharsets.UTF_8);
      Files.move(
          tmp,
          attemptDir.resolve(FILE),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException | RuntimeException e) {
      log.debug("could not write {} in {}", FILE, attemptDir, e);
      return false;
    }
  }

  /** The summary of one attempt. */
  public static ObjectNode summary(AttemptRecord r) {
    ObjectNode s = Journal.json().createObjectNode();
    s.put("id", r.id());
    s.put("outcome", r.outcome().id());
    s.put("message", r.outcome().message());
    r.outcome().step().ifPresent(step -> s.put("step", step));
    r.outcome().line().ifPresent(line -> s.put("line", line));
    s.put("recipe", r.facts().recipeName());
    s.put("recipePath", r.facts().recipePath());
    s.put("recipeSha256", r.facts().recipeSha256());
    s.put("profile", r.facts().profile());
    s.put("site", r.facts().site());
    s.put("errand", r.facts().errand());
    r.facts().browser().ifPresent(b -> s.put("browser", b.name() + " " + b.version()));
    s.put("started", r.startedAt().toString());
    r.endedAt().ifPresent(t -> s.put("ended", t.toString()));
    s.put("durationMs", r.duration().toMillis());
    r.release()
        .ifPresent(
            rel -> {
              s.put("release", rel.instant().toString());
              put(s, "firedMs", rel.firedMs());
            });
    r.reaction()
        .ifPresent(
            re -> {
              s.put("reactionMs", round(re.ms()));
              s.put("firstAction", re.firstAction());
            });
    r.clockSync()
        .ifPresent(
            c -> {
              s.put("clockSynced", c.ok());
              put(s, "clockOffsetMs", c.offsetMs());
              put(s, "clockUncertaintyMs", c.uncertaintyMs());
            });
    ObjectNode steps = s.putObject("steps");
    steps.put("total", r.steps().size());
    for (String result : new String[] {"ok", "failed", "failed-optional", "skipped"}) {
      steps.put(result, r.steps().stream().filter(x -> x.result().equals(result)).count());
    }
    s.put("handoffs", r.handoffs().size());
    ArrayNode shots = s.putArray("screenshots");
    r.screenshots().forEach(a -> shots.add(a.file()));
    if (!r.problems().isEmpty()) {
      ArrayNode problems = s.putArray("journalProblems");
      r.problems().forEach(problems::add);
    }
    return s;
  }

  private static void put(ObjectNode s, String field, OptionalDouble value) {
    value.ifPresent(v -> s.put(field, round(v)));
  }

  private static double round(double ms) {
    return Math.round(ms * 1000) / 1000.0;
  }
}
