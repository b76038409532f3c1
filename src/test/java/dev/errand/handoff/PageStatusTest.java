package dev.errand.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The page's last line says whether errand carries on by itself, and why. */
@Timeout(30)
class PageStatusTest {

  private static HandoffRequest request(HandoffReason reason, Optional<Condition> until) {
    return new HandoffRequest(
        reason, "m", until, Duration.ofMinutes(10), "u", "s", Optional.empty(), Optional.empty());
  }

  @Test
  void eachEndingSaysWhatComesNext() {
    HandoffRequest check =
        request(HandoffReason.CHALLENGE, Optional.of(new Condition.UrlMatches("**/checkout")));
    String done = PageStatus.ending(HandoffResult.DONE, check);
    assertTrue(done.startsWith("done (url **/checkout): errand carries on by itself"), done);
    assertTrue(done.contains("a new link comes"), done);
    assertEquals(
        "errand stopped waiting after 10m: the run ends here",
        PageStatus.ending(HandoffResult.TIMED_OUT, check));
    assertEquals("aborted: errand stops the run", PageStatus.ending(HandoffResult.ABORTED, check));
    assertTrue(
        PageStatus.ending(HandoffResult.CONTINUED, request(HandoffReason.PAYMENT, Optional.empty()))
            .contains("never pays"));
  }

  @Test
  void aHoldWrittenAsAClockOrInMinutesIsCountedDown() {
    assertEquals(Optional.of(Duration.ofSeconds(9 * 60 + 57)), HoldDuration.of("09:57"));
    assertEquals(Optional.of(Duration.ofSeconds(3723)), HoldDuration.of("1:02:03"));
    assertEquals(Optional.of(Duration.ofMinutes(10)), HoldDuration.of("10 min"));
    assertEquals(Optional.empty(), HoldDuration.of("soon"));
    assertEquals(Optional.empty(), HoldDuration.of("14:30:00"), "a time of day, not a hold");
  }
}
