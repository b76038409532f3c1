package dev.errand.browser.strike;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errand.browser.Strike.Struck;
import dev.errand.browser.StruckStep;
import dev.errand.browser.strike.StrikeReport.Arrived;
import dev.errand.browser.strike.StrikeReport.Finished;
import dev.errand.browser.strike.StrikeReport.StepRan;
import dev.errand.browser.strike.StrikeReport.Stopped;
import dev.errand.text.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What errand heard from one strike in the page, in order: each message once (one sent again from
 * the next document, with the same {@code seq}, is taken once), and what they add up to.
 */
public final class StrikeReports {

  private static final ObjectMapper JSON = Json.mapper();

  private final List<StrikeReport> heard = new ArrayList<>();

  /**
   * The messages in one batch the page sent ({@code [message...]} as JSON), in order; a message of
   * no known shape is left out.
   *
   * @throws IOException when the batch is not JSON
   */
  public static List<StrikeReport> parse(String batch) throws IOException {
    List<StrikeReport> out = new ArrayList<>();
    for (JsonNode r : JSON.readTree(batch)) {
      parse(r).ifPresent(out::add);
    }
    return out;
  }

  /** Takes the messages of {@code batch} not heard before. */
  public void hear(List<StrikeReport> batch) {
    for (StrikeReport r : batch) {
      if (r.seq().isEmpty() || !taken(r.seq().getAsInt())) {
        heard.add(r);
      }
    }
  }

  /** How many messages were heard. */
  public int size() {
    return heard.size();
  }

  /** Forgets the first {@code count} messages (ones that were not this strike's). */
  public void forgetFirst(int count) {
    heard.subList(0, count).clear();
  }

  /** Whether the strike is over: finished, stopped, or its document replaced by one not its own. */
  public boolean over() {
    return heard.stream().anyMatch(StrikeReport::ends);
  }

  /**
   * What the page did of {@code plan}: its steps in order up to the first that ended the strike,
   * and why it stopped short, if it did.
   *
   * @param failure why errand lost the page, if it did
   * @param start how the steps started
   */
  public Struck struck(StrikePlan plan, Optional<String> failure, Optional<String> start) {
    List<StruckStep> steps = new ArrayList<>();
    Optional<String> stopped = failure;
    for (StrikeReport r : heard) {
      if (r instanceof StepRan s) {
        if (s.step() == steps.size()) {
          steps.add(step(plan, s));
        }
      } else if (r instanceof Stopped s) {
        stopped = Optional.of(s.why());
        break;
      } else if (r instanceof Finished) {
        break;
      } else if (r instanceof Arrived a && !a.resumed()) {
        // after the last step (a click that took the page elsewhere before its "done"), the end
        if (steps.size() < plan.covers()) {
          stopped = Optional.of("the page went to another document");
        }
        break;
      }
    }
    if (stopped.isEmpty() && steps.size() < plan.covers()) {
      stopped = Optional.of("the page did not finish in time");
    }
    return new Struck(steps, stopped, start);
  }

  private static StruckStep step(StrikePlan plan, StepRan s) {
    return new StruckStep(
        instant(s.started()),
        Duration.ofNanos(Math.round((s.ended() - s.started()) * 1e6)),
        s.skipped(),
        s.failed() ? plan.timedOut(s.step()) : Optional.empty(),
        plan.matched(s.step(), s.match().orElse(null)));
  }

  private boolean taken(int seq) {
    return heard.stream().anyMatch(r -> r.seq().isPresent() && r.seq().getAsInt() == seq);
  }

  private static Optional<StrikeReport> parse(JsonNode r) {
    OptionalInt seq =
        r.path("seq").isInt() ? OptionalInt.of(r.get("seq").asInt()) : OptionalInt.empty();
    if (r.path("step").isInt()) {
      return Optional.of(
          new StepRan(
              seq,
              r.get("step").asInt(),
              r.path("started").asDouble(),
              r.path("ended").asDouble(),
              r.path("match").isInt() ? Optional.of(r.get("match").asInt()) : Optional.empty(),
              r.path("skipped").asBoolean(),
              r.path("failed").asBoolean()));
    }
    if (r.path("stop").isInt()) {
      return Optional.of(new Stopped(seq, r.get("stop").asInt(), r.path("why").asText()));
    }
    if (r.path("done").asBoolean()) {
      return Optional.of(new Finished(seq));
    }
    if (r.has("document")) {
      return Optional.of(
          new Arrived(seq, r.path("document").asText(), r.path("resumed").asBoolean()));
    }
    return Optional.empty();
  }

  private static Instant instant(double epochMillis) {
    long whole = (long) Math.floor(epochMillis);
    return Instant.ofEpochMilli(whole).plusNanos(Math.round((epochMillis - whole) * 1e6));
  }
}
