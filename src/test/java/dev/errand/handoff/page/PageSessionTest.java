package dev.errand.handoff.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffRequest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Who controls the page across reconnects, the countdowns it is given, and errand stopping. */
@Timeout(30)
class PageSessionTest {

  private final PageSession session =
      new PageSession(
          new PageSession.About("challenge", "Solve it", Optional.empty(), Optional.of("09:57")));

  private boolean controls(String device) throws InterruptedException {
    return session.await(device, -2, -2, Duration.ZERO).controls();
  }

  @Test
  void aDeviceThatReconnectsKeepsControlAndAGoneControllerGivesWayToTheNextDevice()
      throws Exception {
    session.join("phone", "10.0.0.2");
    session.join("tablet", "10.0.0.3");
    assertTrue(controls("phone"));
    assertFalse(controls("tablet"), "view only while the phone is there");

    session.leave("phone"); // the phone locks: its stream drops
    session.join("phone", "10.0.0.2"); // and wakes
    assertTrue(controls("phone"), "the same device keeps control across a reconnect");

    session.leave("phone");
    session.leave("tablet");
    session.join("laptop", "10.0.0.4");
    assertTrue(controls("laptop"), "the next device in takes over from a gone controller");
    assertTrue(
        session.happenings().stream().anyMatch(h -> h.contains("control passed to 10.0.0.4")),
        session.happenings().toString());
  }

  @Test
  void theDeadlinesAreKeptForThePage() {
    Instant gives = Instant.parse("2026-12-01T10:10:00Z");
    Instant hold = Instant.parse("2026-12-01T10:09:57Z");
    session.deadlines(gives, Optional.of(hold));
    assertEquals(Optional.of(gives), session.givesUpAt());
    assertEquals(Optional.of(hold), session.holdEndsAt());
  }

  @Test
  void aPageOpenWhenErrandIsStoppedSaysSo() throws Exception {
    HandoffPage pages = new HandoffPage(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    HandoffPage.Open open =
        pages
            .open(
                new HandoffRequest(
                    HandoffReason.PAYMENT,
                    "pay",
                    Optional.empty(),
                    Duration.ofMinutes(5),
                    "u",
                    "s",
                    Optional.empty(),
                    Optional.empty()))
            .orElseThrow();
    HandoffPage.stopped(open);
    assertEquals(HandoffPage.STOPPED, open.session().await("d", -1, -1, Duration.ZERO).status());
    pages.close();
  }
}
