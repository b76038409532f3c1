package dev.errand.journal.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errand.timing.sync.Sample;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One line of an attempt's {@code journal.jsonl}: a record per event, its name in the {@code event}
 * field and its time on this machine's clock in {@code t}. Written and read only through {@link
 * JournalEvents}. A field that older (or newer) journals leave out reads as null; a nullable field
 * is left out when written. An event this errand does not know reads as {@link Unknown}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "event",
    visible = true)
@JsonSubTypes({
  @JsonSubTypes.Type(JournalEvent.RunStart.class),
  @JsonSubTypes.Type(JournalEvent.Browser.class),
  @JsonSubTypes.Type(JournalEvent.Suspended.class),
  @JsonSubTypes.Type(JournalEvent.ClockSync.class),
  @JsonSubTypes.Type(JournalEvent.PhaseStart.class),
  @JsonSubTypes.Type(JournalEvent.Release.class),
  @JsonSubTypes.Type(JournalEvent.StepStart.class),
  @JsonSubTypes.Type(JournalEvent.StepEnd.class),
  @JsonSubTypes.Type(JournalEvent.Reaction.class),
  @JsonSubTypes.Type(JournalEvent.Detection.class),
  @JsonSubTypes.Type(JournalEvent.Refused.class),
  @JsonSubTypes.Type(JournalEvent.Handoff.class),
  @JsonSubTypes.Type(JournalEvent.HandoffEnd.class),
  @JsonSubTypes.Type(JournalEvent.Notification.class),
  @JsonSubTypes.Type(JournalEvent.Artifact.class),
  @JsonSubTypes.Type(JournalEvent.Note.class),
  @JsonSubTypes.Type(JournalEvent.Outcome.class)
})
@JsonPropertyOrder({"t", "event"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface JournalEvent {

  /** When it was written, on this machine's clock; null only in a journal that left it out. */
  Instant t();

  /** The event's name, the {@code event} field: its record's {@link JsonTypeName}. */
  @JsonProperty("event")
  default String event() {
    return JournalEvents.name(getClass());
  }

  /** {@code run-start}: versions, recipe and profile, written first. */
  @JsonTypeName("run-start")
  record RunStart(
      Instant t,
      String errand,
      String java,
      String os,
      String recipe,
      String recipeName,
      String recipeSha256,
      String site,
      String profile,
      Integer quantity,
      Instant release,
      Boolean clockSync,
      Long leadMs,
      Boolean headless)
      implements JournalEvent {}

  /** {@code browser}: the launched browser; {@code devtools} when remote handoff is on. */
  @JsonTypeName("browser")
  record Browser(
      Instant t, String name, String version, String executable, Boolean headless, String devtools)
      implements JournalEvent {}

  /** {@code suspended}: the machine slept while waiting to arm. */
  @JsonTypeName("suspended")
  record Suspended(Instant t, Long sleptMs, Long missedByMs) implements JournalEvent {}

  /**
   * {@code clock-sync}: a reading of the site's clock ({@code ok}), or why there is none and what
   * errand goes by instead ({@code fallback}, {@code marginMs}).
   *
   * @param phase {@code arm} or {@code re-sync}
   */
  @JsonTypeName("clock-sync")
  record ClockSync(
      Instant t,
      String phase,
      Boolean ok,
      String message,
      String fallback,
      Double marginMs,
      String site,
      Double offsetMs,
      Double uncertaintyMs,
      Double rttMs,
      Integer probes,
      String target,
      Boolean consistent,
      String inconsistency,
      List<String> warnings,
      List<Sample> samples)
      implements JournalEvent {

    /** A reading that worked. */
    public static ClockSync synced(
        Instant t,
        String phase,
        String site,
        double offsetMs,
        double uncertaintyMs,
        double rttMs,
        int probes,
        String target,
        boolean consistent,
        String inconsistency,
        List<String> warnings,
        List<Sample> samples) {
      return new ClockSync(
          t,
          phase,
          true,
          null,
          null,
          null,
          site,
          offsetMs,
          uncertaintyMs,
          rttMs,
          probes,
          target,
          consistent,
          consistent ? null : inconsistency,
          warnings,
          samples);
    }

    /** A reading that could not be made: errand goes by {@code fallback}. */
    public static ClockSync failed(
        Instant t, String phase, String message, String fallback, double marginMs) {
      return new ClockSync(
          t, phase, false, message, fallback, marginMs, null, null, null, null, null, null, null,
          null, null, null);
    }

    @JsonIgnore
    public boolean succeeded() {
      return Boolean.TRUE.equals(ok);
    }
  }

  /** {@code phase}: a phase of the recipe begins. */
  @JsonTypeName("phase")
  record PhaseStart(Instant t, String phase, Integer steps) implements JournalEvent {}

  /**
   * {@code release}: errand fired at the release instant. {@code siteTime} and {@code
   * sinceReleaseMs} are when the event was written, on the site's clock.
   */
  @JsonTypeName("release")
  record Release(
      Instant t,
      Instant instant,
      Instant plannedFire,
      Instant actualFire,
      Double marginMs,
      Double lateMs,
      Boolean pageHeldTheTarget,
      String clock,
      Instant siteTime,
      Double sinceReleaseMs)
      implements JournalEvent {}

  /** {@code step-start}: dated by when the step started, on the site's clock. */
  @JsonTypeName("step-start")
  record StepStart(
      Instant t,
      String phase,
      Integer index,
      String type,
      String step,
      Integer line,
      Instant siteTime,
      Double sinceReleaseMs)
      implements JournalEvent {}

  /**
   * {@code step-end}: {@code started} on this machine's clock; {@code siteTime} when it ended.
   *
   * @param retries extra starts, as some older journals say
   */
  @JsonTypeName("step-end")
  record StepEnd(
      Instant t,
      String phase,
      Integer index,
      String type,
      String step,
      String result,
      Instant started,
      Double durationMs,
      String matched,
      String message,
      Instant siteTime,
      Double sinceReleaseMs,
      Integer retries)
      implements JournalEvent {}

  /**
   * {@code reaction}: the first purchase action after the release that was made (ended ok), and
   * when it started.
   */
  @JsonTypeName("reaction")
  record Reaction(Instant t, String firstAction, Double ms) implements JournalEvent {}

  /** {@code detection}: a challenge, waiting room or payment page recognised. */
  @JsonTypeName("detection")
  record Detection(
      Instant t, String kind, String what, String evidence, Instant siteTime, Double sinceReleaseMs)
      implements JournalEvent {}

  /** {@code refused}: a step errand would not take. */
  @JsonTypeName("refused")
  record Refused(Instant t, String step, String why, Integer line) implements JournalEvent {}

  /** {@code handoff}: the person is asked to act. */
  @JsonTypeName("handoff")
  record Handoff(
      Instant t,
      String detected,
      String reason,
      String message,
      String url,
      String until,
      Long timeoutMs)
      implements JournalEvent {}

  /** {@code handoff-end}: the handoff for {@code reason} ended with {@code result}. */
  @JsonTypeName("handoff-end")
  record HandoffEnd(Instant t, String reason, String result) implements JournalEvent {}

  /** {@code notification}: one delivery through one channel. */
  @JsonTypeName("notification")
  record Notification(Instant t, String channel, Boolean ok, String detail, Double ms)
      implements JournalEvent {}

  /** {@code artifact}: a file saved in the attempt folder, relative to it. */
  @JsonTypeName("artifact")
  record Artifact(Instant t, String kind, String file) implements JournalEvent {}

  /** {@code note}: something the run wants on the record. */
  @JsonTypeName("note")
  record Note(Instant t, String message) implements JournalEvent {}

  /** {@code outcome}: how the run ended, written last. */
  @JsonTypeName("outcome")
  record Outcome(Instant t, String outcome, String message, String step, Integer line)
      implements JournalEvent {}

  /**
   * An event this errand does not know (from another version), or whose fields do not read: kept as
   * it was, and written back unchanged.
   */
  record Unknown(@JsonValue ObjectNode node) implements JournalEvent {

    @Override
    public Instant t() {
      return JournalEvents.instant(node.path("t").asText(null)).orElse(null);
    }

    @Override
    public String event() {
      return node.path("event").asText("?");
    }

    /** A text field, if the event has one. */
    public Optional<String> text(String field) {
      var v = node.get(field);
      return v == null || v.isNull() || v.isContainerNode()
          ? Optional.empty()
          : Optional.of(v.asText());
    }
  }
}
