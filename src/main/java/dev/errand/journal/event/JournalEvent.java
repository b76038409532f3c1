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
import org.jspecify.annotations.Nullable;

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
  @JsonSubTypes.Type(JournalEvent.Outcome.class),
  @JsonSubTypes.Type(JournalEvent.Dismissed.class),
  @JsonSubTypes.Type(JournalEvent.Queue.class),
  @JsonSubTypes.Type(JournalEvent.PageAnswer.class),
  @JsonSubTypes.Type(JournalEvent.Retry.class),
  @JsonSubTypes.Type(JournalEvent.SiteSummary.class),
  @JsonSubTypes.Type(JournalEvent.Relaunch.class),
  @JsonSubTypes.Type(JournalEvent.WatchCheck.class),
  @JsonSubTypes.Type(JournalEvent.OffSite.class),
  @JsonSubTypes.Type(JournalEvent.HandoffPageServed.class),
  @JsonSubTypes.Type(JournalEvent.HandoffPageOpened.class),
  @JsonSubTypes.Type(JournalEvent.HandoffPageTakeover.class),
  @JsonSubTypes.Type(JournalEvent.HandoffPageEnd.class)
})
@JsonPropertyOrder({"t", "event"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface JournalEvent {

  /** When it was written, on this machine's clock; null only in a journal that left it out. */
  @Nullable Instant t();

  /** The event's name, the {@code event} field: its record's {@link JsonTypeName}. */
  @JsonProperty("event")
  default String event() {
    return JournalEvents.name(getClass());
  }

  /** {@code run-start}: versions, recipe and profile, written first. */
  @JsonTypeName("run-start")
  record RunStart(
      @Nullable Instant t,
      @Nullable String errand,
      @Nullable String java,
      @Nullable String os,
      @Nullable String recipe,
      @Nullable String recipeName,
      @Nullable String recipeSha256,
      @Nullable String site,
      @Nullable String profile,
      @Nullable Integer quantity,
      @Nullable Instant release,
      @Nullable Boolean clockSync,
      @Nullable Long leadMs,
      @Nullable Boolean headless)
      implements JournalEvent {}

  /** {@code browser}: the launched browser; {@code devtools} when remote handoff is on. */
  @JsonTypeName("browser")
  record Browser(
      @Nullable Instant t,
      @Nullable String name,
      @Nullable String version,
      @Nullable String executable,
      @Nullable Boolean headless,
      @Nullable String devtools)
      implements JournalEvent {}

  /** {@code suspended}: the machine slept while waiting to arm. */
  @JsonTypeName("suspended")
  record Suspended(@Nullable Instant t, @Nullable Long sleptMs, @Nullable Long missedByMs)
      implements JournalEvent {}

  /**
   * {@code clock-sync}: a reading of the site's clock ({@code ok}), or why there is none and what
   * errand goes by instead ({@code fallback}, {@code marginMs}).
   *
   * @param phase {@code arm} or {@code re-sync}
   */
  @JsonTypeName("clock-sync")
  record ClockSync(
      @Nullable Instant t,
      @Nullable String phase,
      @Nullable Boolean ok,
      @Nullable String message,
      @Nullable String fallback,
      @Nullable Double marginMs,
      @Nullable String site,
      @Nullable Double offsetMs,
      @Nullable Double uncertaintyMs,
      @Nullable Double rttMs,
      @Nullable Integer probes,
      @Nullable String target,
      @Nullable Boolean consistent,
      @Nullable String inconsistency,
      @Nullable List<String> warnings,
      @Nullable List<Sample> samples)
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
        @Nullable String inconsistency,
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
        Instant t, String phase, @Nullable String message, String fallback, double marginMs) {
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
  record PhaseStart(@Nullable Instant t, @Nullable String phase, @Nullable Integer steps)
      implements JournalEvent {}

  /**
   * {@code release}: errand fired at the release instant. {@code siteTime} and {@code
   * sinceReleaseMs} are when the event was written, on the site's clock.
   */
  @JsonTypeName("release")
  record Release(
      @Nullable Instant t,
      @Nullable Instant instant,
      @Nullable Instant plannedFire,
      @Nullable Instant actualFire,
      @Nullable Double marginMs,
      @Nullable Double lateMs,
      @Nullable Boolean pageHeldTheTarget,
      @Nullable String clock,
      @Nullable Instant siteTime,
      @Nullable Double sinceReleaseMs)
      implements JournalEvent {}

  /** {@code step-start}: dated by when the step started, on the site's clock. */
  @JsonTypeName("step-start")
  record StepStart(
      @Nullable Instant t,
      @Nullable String phase,
      @Nullable Integer index,
      @Nullable String type,
      @Nullable String step,
      @Nullable Integer line,
      @Nullable Instant siteTime,
      @Nullable Double sinceReleaseMs)
      implements JournalEvent {}

  /**
   * {@code step-end}: {@code started} on this machine's clock; {@code siteTime} when it ended.
   *
   * @param retries extra starts, as some older journals say
   * @param status the HTTP status of the last main document that answered during the step (the page
   *     it loaded), null when it loaded none
   * @param url that document's URL
   */
  @JsonTypeName("step-end")
  record StepEnd(
      @Nullable Instant t,
      @Nullable String phase,
      @Nullable Integer index,
      @Nullable String type,
      @Nullable String step,
      @Nullable String result,
      @Nullable Instant started,
      @Nullable Double durationMs,
      @Nullable String matched,
      @Nullable String message,
      @Nullable Instant siteTime,
      @Nullable Double sinceReleaseMs,
      @Nullable Integer retries,
      @Nullable Integer status,
      @Nullable String url)
      implements JournalEvent {}

  /**
   * {@code reaction}: the first purchase action after the release that was made (ended ok), and
   * when it started.
   */
  @JsonTypeName("reaction")
  record Reaction(@Nullable Instant t, @Nullable String firstAction, @Nullable Double ms)
      implements JournalEvent {}

  /** {@code detection}: a challenge, waiting room or payment page recognised. */
  @JsonTypeName("detection")
  record Detection(
      @Nullable Instant t,
      @Nullable String kind,
      @Nullable String what,
      @Nullable String evidence,
      @Nullable Instant siteTime,
      @Nullable Double sinceReleaseMs)
      implements JournalEvent {}

  /** {@code refused}: a step errand would not take. */
  @JsonTypeName("refused")
  record Refused(
      @Nullable Instant t, @Nullable String step, @Nullable String why, @Nullable Integer line)
      implements JournalEvent {}

  /** {@code handoff}: the person is asked to act. */
  @JsonTypeName("handoff")
  record Handoff(
      @Nullable Instant t,
      @Nullable String detected,
      @Nullable String reason,
      @Nullable String message,
      @Nullable String url,
      @Nullable String until,
      @Nullable Long timeoutMs)
      implements JournalEvent {}

  /** {@code handoff-end}: the handoff for {@code reason} ended with {@code result}. */
  @JsonTypeName("handoff-end")
  record HandoffEnd(@Nullable Instant t, @Nullable String reason, @Nullable String result)
      implements JournalEvent {}

  /** {@code notification}: one delivery through one channel. */
  @JsonTypeName("notification")
  record Notification(
      @Nullable Instant t,
      @Nullable String channel,
      @Nullable Boolean ok,
      @Nullable String detail,
      @Nullable Double ms)
      implements JournalEvent {}

  /** {@code artifact}: a file saved in the attempt folder, relative to it. */
  @JsonTypeName("artifact")
  record Artifact(@Nullable Instant t, @Nullable String kind, @Nullable String file)
      implements JournalEvent {}

  /** {@code note}: something the run wants on the record. */
  @JsonTypeName("note")
  record Note(@Nullable Instant t, @Nullable String message) implements JournalEvent {}

  /** {@code outcome}: how the run ended, written last. */
  @JsonTypeName("outcome")
  record Outcome(
      @Nullable Instant t,
      @Nullable String outcome,
      @Nullable String message,
      @Nullable String step,
      @Nullable Integer line)
      implements JournalEvent {}

  /**
   * {@code page}: the main frame's document answered, whoever loaded it (a goto, a reload, a click,
   * a form).
   *
   * @param redirect whether the request followed a redirect of the same page load
   */
  @JsonTypeName("page")
  record PageAnswer(
      @Nullable Instant t,
      @Nullable String url,
      @Nullable Integer status,
      @Nullable String method,
      @Nullable Boolean redirect)
      implements JournalEvent {}

  /**
   * {@code retry}: the site refused a page load; errand waits {@code waitMs} and loads it again.
   *
   * @param refusal what the site answered: "HTTP 503", "an error page", "no answer (connection
   *     refused)"
   * @param status its HTTP status, when it answered
   * @param retryAfter whether the site asked for the wait ({@code Retry-After})
   * @param attempt the try that comes next (2 for the first retry)
   * @param attempts the most tries
   */
  @JsonTypeName("retry")
  record Retry(
      @Nullable Instant t,
      @Nullable String url,
      @Nullable String refusal,
      @Nullable Integer status,
      @Nullable Long waitMs,
      @Nullable Boolean retryAfter,
      @Nullable Integer attempt,
      @Nullable Integer attempts)
      implements JournalEvent {}

  /**
   * {@code site}: at the end of a run, what errand asked of one site and what the site asked of
   * errand.
   *
   * @param site host and port
   * @param requests all requests: page loads, their redirects, clock probes
   * @param pageLoads page loads and clock probes, what the one-a-second floor governs
   * @param mostInOneSecond the most page loads and probes that started within any one second
   * @param refusals answers that refused (429, 5xx, an error page, no answer)
   * @param retries page loads made again after a refusal
   * @param retryAfterMs the waits the site asked for ({@code Retry-After}), added up
   * @param backoffMs the waits errand chose after refusals without one, added up
   */
  @JsonTypeName("site")
  record SiteSummary(
      @Nullable Instant t,
      @Nullable String site,
      @Nullable Integer requests,
      @Nullable Integer pageLoads,
      @Nullable Integer mostInOneSecond,
      @Nullable Integer refusals,
      @Nullable Integer retries,
      @Nullable Long retryAfterMs,
      @Nullable Long backoffMs)
      implements JournalEvent {}

  /**
   * An event this errand does not know (from another version), or whose fields do not read: kept as
   * it was, and written back unchanged.
   */
  record Unknown(@JsonValue ObjectNode node) implements JournalEvent {

    @Override
    public @Nullable Instant t() {
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

  /** {@code dismissed}: errand closed something that covered the page (a banner, a pop-up). */
  @JsonTypeName("dismissed")
  record Dismissed(@Nullable Instant t, @Nullable String what) implements JournalEvent {}

  /**
   * {@code queue}: errand is in a waiting room ({@code state} {@code entered}), its place in line
   * changed ({@code moved}), or the room let it through ({@code through}); the place and the
   * estimated wait as the page showed them, and how long errand had waited.
   */
  @JsonTypeName("queue")
  record Queue(
      @Nullable Instant t,
      @Nullable String state,
      @Nullable String what,
      @Nullable String evidence,
      @Nullable String url,
      @Nullable Long position,
      @Nullable Long ahead,
      @Nullable String estimatedWait,
      @Nullable Double waitedMs)
      implements JournalEvent {}

  /**
   * {@code relaunch}: the browser was gone (crashed, killed, disconnected) and errand started it
   * again, the {@code count}-th time of at most {@code max}: how long it was gone, the page it
   * reopened and where the run went on.
   */
  @JsonTypeName("relaunch")
  record Relaunch(
      @Nullable Instant t,
      @Nullable Integer count,
      @Nullable Integer max,
      @Nullable Double goneMs,
      @Nullable String url,
      @Nullable String resumeAt)
      implements JournalEvent {}

  /**
   * {@code watch-check}: one look of {@code errand watch} at the page. {@code result}: {@code
   * unavailable}, {@code available} (the purchase steps run at once), {@code failed} (the page
   * could not be looked at; {@code detail} says why) or {@code blocked} (the site refuses errand:
   * the watch ends). {@code schedule} describes the watch; {@code started} is when the check began
   * (it is written when it ends).
   */
  @JsonTypeName("watch-check")
  record WatchCheck(
      @Nullable Instant t,
      @Nullable Integer check,
      @Nullable String result,
      @Nullable String detail,
      @Nullable String schedule,
      @Nullable Instant started)
      implements JournalEvent {}

  /**
   * {@code off-site}: the page tried to load a page outside the recipe's allowed domains ({@code
   * how}: a link, form or script, a redirect, a pop-up); the browser stopped it before it left and
   * the run ended. {@code step} and {@code line} name the step it happened at, when there was one.
   */
  @JsonTypeName("off-site")
  record OffSite(
      @Nullable Instant t,
      @Nullable String host,
      @Nullable String url,
      @Nullable String how,
      @Nullable String step,
      @Nullable Integer line)
      implements JournalEvent {}

  /**
   * {@code handoff-page}: the handoff for {@code reason} is served on a page for a phone: where it
   * listens, and its link without the token ({@code shown}); never the token.
   *
   * @param tls whether the page is served over TLS (an https link)
   */
  @JsonTypeName("handoff-page")
  record HandoffPageServed(
      @Nullable Instant t,
      @Nullable String reason,
      @Nullable String address,
      @Nullable Integer port,
      @Nullable String shown,
      @Nullable Boolean tls)
      implements JournalEvent {}

  /**
   * {@code handoff-page-opened}: a device opened the handoff's page from {@code from}; {@code role}
   * {@code control} (the first device) or {@code view} (view-only).
   */
  @JsonTypeName("handoff-page-opened")
  record HandoffPageOpened(
      @Nullable Instant t, @Nullable String reason, @Nullable String from, @Nullable String role)
      implements JournalEvent {}

  /** {@code handoff-page-takeover}: the device at {@code from} took control of the page. */
  @JsonTypeName("handoff-page-takeover")
  record HandoffPageTakeover(@Nullable Instant t, @Nullable String reason, @Nullable String from)
      implements JournalEvent {}

  /**
   * {@code handoff-page-end}: the handoff's page closed: how many devices opened it, the
   * controller's input carried out (counts only, never what was typed), posts refused, and how the
   * person finished: {@code done} or {@code abort} on the page, {@code carried-on} (errand saw the
   * work done), {@code terminal} (Enter or a), {@code timed-out}.
   */
  @JsonTypeName("handoff-page-end")
  record HandoffPageEnd(
      @Nullable Instant t,
      @Nullable String reason,
      @Nullable Integer devices,
      @Nullable Integer taps,
      @Nullable Integer scrolls,
      @Nullable Integer keys,
      @Nullable Integer refused,
      @Nullable String finished)
      implements JournalEvent {}
}
