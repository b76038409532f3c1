package dev.errand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.RequestLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ReactionTest {

  static final Instant RELEASE = Instant.parse("2026-03-01T10:00:00Z");

  static RequestLog.Entry post(Duration afterRelease, int status) {
    Instant at = RELEASE.plus(afterRelease);
    return new RequestLog.Entry(at, 0, "POST", "/basket", status, "sid", at);
  }

  @Test
  void latencyIsTheFirstPostsReceiptAfterTheTrueInstant() {
    Reaction r =
        Reaction.of(
            List.of(post(Duration.ofMillis(12), 303), post(Duration.ofMillis(900), 400)), RELEASE);
    assertEquals(Optional.of(Duration.ofMillis(12)), r.latency());
    assertFalse(r.early());
    assertEquals(2, r.posts());
    assertEquals(303, r.firstStatus());
    assertFalse(r.failed());
  }

  @Test
  void aRequestBeforeTheTrueInstantIsEarlyWithANegativeLatency() {
    Reaction r = Reaction.of(List.of(post(Duration.ofMillis(-2), 303)), RELEASE);
    assertTrue(r.early());
    assertEquals(Optional.of(Duration.ofMillis(-2)), r.latency());
  }

  @Test
  void aTooEarlyAnswerAfterTheAnnouncedInstantIsNotEarly() {
    // a shop that opens late turns away a request that came after the instant it announced
    Reaction r =
        Reaction.of(
            List.of(post(Duration.ofMillis(1), 403), post(Duration.ofMillis(300), 303)), RELEASE);
    assertFalse(r.early());
    assertEquals(403, r.firstStatus());
    assertTrue(r.added(), "the later request got the tickets");
  }

  @Test
  void anyRequestBeforeTheInstantMakesTheDropEarlyWhateverItsAnswer() {
    Reaction r =
        Reaction.of(
            List.of(post(Duration.ofMillis(5), 303), post(Duration.ofMillis(400), 400)), RELEASE);
    assertFalse(r.early());
    Reaction twice =
        Reaction.of(
            List.of(post(Duration.ofMillis(-1), 403), post(Duration.ofMillis(2), 303)), RELEASE);
    assertTrue(twice.early());
    assertEquals(Optional.of(Duration.ofMillis(-1)), twice.latency());
  }

  @Test
  void earlyIsJudgedOnTheShopsClockNotThisMachines() {
    // the shop runs 2 s ahead: received 1.5 s before the instant locally, 0.5 s after it there
    Instant local = RELEASE.minusMillis(1500);
    RequestLog.Entry post =
        new RequestLog.Entry(local, 0, "POST", "/basket", 403, "sid", RELEASE.plusMillis(500));
    Reaction r = Reaction.of(List.of(post), RELEASE);
    assertFalse(r.early());
    assertEquals(Optional.of(Duration.ofMillis(500)), r.latency());
    assertFalse(r.added());
  }

  @Test
  void noPostIsAFailureWithoutLatency() {
    Reaction r = Reaction.of(List.of(), RELEASE);
    assertTrue(r.failed());
    assertTrue(r.latency().isEmpty());
    assertFalse(r.early());
  }
}
