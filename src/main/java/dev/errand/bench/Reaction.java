package dev.errand.bench;

import dev.errand.demo.RequestLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How one strategy reacted in one drop, read from the shop's request log. Everything is read on the
 * shop's own clock against the instant the shop announced: a shop that opens late still answers a
 * request after that instant with 403 ("too early"), and that request is not early.
 *
 * @param latency the first {@code POST /basket}'s receipt time minus the announced release instant,
 *     both on the shop's clock (negative when early); empty when no such request arrived
 * @param early whether any {@code POST /basket} arrived before the announced instant
 * @param posts how many {@code POST /basket} requests arrived
 * @param firstStatus the HTTP status of the first one, 0 when there was none
 * @param added whether one was answered {@code 303} (the tickets went into the basket)
 */
public record Reaction(
    Optional<Duration> latency, boolean early, int posts, int firstStatus, boolean added) {

  /** The HTTP status the shop answers a {@code POST /basket} that put tickets in the basket. */
  static final int ADDED = 303;

  /**
   * Reads the reaction from {@code posts} (ordered by arrival) against {@code releaseAt}, the
   * instant the shop announced, on its own clock.
   */
  public static Reaction of(List<RequestLog.Entry> posts, Instant releaseAt) {
    if (posts.isEmpty()) {
      return new Reaction(Optional.empty(), false, 0, 0, false);
    }
    RequestLog.Entry first = posts.get(0);
    return new Reaction(
        Optional.of(Duration.between(releaseAt, first.shopTime())),
        posts.stream().anyMatch(p -> p.shopTime().isBefore(releaseAt)),
        posts.size(),
        first.status(),
        posts.stream().anyMatch(p -> p.status() == ADDED));
  }

  /** No {@code POST /basket} arrived at all. */
  public boolean failed() {
    return posts == 0;
  }
}
