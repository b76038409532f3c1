package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.profile.Profile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoffPagesTest {

  private static final Profile.HandoffPage OFF = new Profile.HandoffPage(false, "127.0.0.1", 0);

  @Test
  void servedWhenAskedForOrByTheProfileAndOnLoopbackByDefault() {
    assertEquals(Optional.empty(), HandoffPages.of(false, false, OFF));
    assertEquals(
        "127.0.0.1", HandoffPages.of(true, false, OFF).orElseThrow().address().getHostString());
    Profile.HandoffPage lan = new Profile.HandoffPage(true, "127.0.0.2", 8765);
    assertEquals(8765, HandoffPages.of(false, false, lan).orElseThrow().address().getPort());
  }

  @Test
  void aRunThatEndsAtItsFirstHandoffServesNone() {
    assertEquals(Optional.empty(), HandoffPages.of(true, true, OFF));
  }
}
