package dev.errand.bench;

import dev.errand.demo.RequestLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How one strategy reacted in one drop, read from the shop's request log.
 *
 * @param latency the first {@code POST /basket}'s true receipt time minus the true release instant
 *     (negative when early); empty when no such request arrived
 * @param early whether a request arrived before the true instant or was answered 403 (too early)
 * @param posts how many {@code POST /basket} requests arrived
 * @param firstStatus the HTTP status of the first one, 0 when there was none
 */
public record Reaction(Optional<Duration> latency, boolean early, int posts, int firstStatus) {

  /** The HTTP status the shop answers a request made before its sale opens with. */
  static final int TOO_EARLY = 403;

  /**
   * Reads the reaction from {@code posts} (ordered by arrival) against the true release instant.
   */
  public static Reaction of(List<RequestLog.Entry> posts, Instant trueRelease) {
    if (posts.isEmpty()) {
      return new Reaction(Optional.empty(), false, 0, 0);
    }
    RequestLog.Entry first = posts.get(0);
    boolean early =
        first.receivedAt().isBefore(trueRelease)
            || posts.stream().anyMatch(p -> p.status() == TOO_EARLY);
    return new Reaction(
        Optional.of(Duration.between(trueRelease, first.receivedAt())),
        early,
        posts.size(),
        first.status());
  }

  /** No {@code POST /basket} arrived at all. */
  public boolean failed() {
    return posts == 0;
  }
}
