package dev.errand.timing.sync;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One probe, as the journal keeps it. Header values are as the site sent them; absent ones are
 * null.
 *
 * @param number 0 for the warm-up request, then 1, 2, ...
 * @param use what the probe was good for
 * @param sentAt local time the request left (t0)
 * @param receivedAt local time the answer's headers arrived (t3), or the failure was seen
 * @param method {@code HEAD} or {@code GET}
 * @param status the HTTP status, or 0 if no answer came
 * @param date the {@code Date} header
 * @param age the {@code Age} header
 * @param timer the {@code X-Timer} header
 * @param bounds what this probe alone says about the offset, or null if nothing
 * @param after what all probes so far say (null until one was used)
 * @param note why the probe failed or was not used, or null
 * @param target the path probed, e.g. {@code /robots.txt}
 */
public record Sample(
    int number,
    Use use,
    Instant sentAt,
    Instant receivedAt,
    String method,
    int status,
    @Nullable String date,
    @Nullable String age,
    @Nullable String timer,
    @Nullable OffsetBounds bounds,
    @Nullable OffsetBounds after,
    @Nullable String note,
    String target) {

  /** What a probe was good for. */
  public enum Use {
    /** The first request: opens the connection; its timing is not used. */
    WARM_UP,
    /** Narrowed (or confirmed) the offset. */
    USED,
    /**
     * A cross-check aimed just outside the interval (to catch servers with other clocks): agreed.
     */
    CHECK,
    /** Came from a cache ({@code Age} > 0): the {@code Date} is the origin's, from earlier. */
    CACHED,
    /** Had no readable {@code Date} (nor {@code X-Timer}). */
    NO_DATE,
    /** Got no answer. */
    FAILED,
    /** Contradicted the probes before it: the site's clocks disagree. */
    CONTRADICTS,
    /**
     * The site refused (429 Too Many Requests, 503 or another 5xx): its {@code Date} is not used,
     * and nothing goes to the site until its {@code Retry-After} (or a backoff) is over.
     */
    REFUSED
  }
}
