package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.run.Outcome;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** One exit-code policy for every command that runs a recipe, as the README's table says. */
class ExitCodeTest {

  @Test
  void reachingPaymentIsDoneForEveryCommandAndAnUnfinishedHandoffIsThree() {
    assertEquals(ExitCode.OK, ExitCode.of(Outcome.COMPLETED));
    assertEquals(ExitCode.OK, ExitCode.of(Outcome.PURCHASED));
    assertEquals(ExitCode.OK, ExitCode.of(Outcome.REACHED_PAYMENT));
    assertEquals(ExitCode.HANDED_OFF, ExitCode.of(Outcome.HANDOFF_TIMEOUT));
    assertEquals(ExitCode.ABORTED, ExitCode.of(Outcome.ABORTED));
    for (Outcome o :
        Arrays.asList(
            Outcome.SOLD_OUT,
            Outcome.TOO_EARLY,
            Outcome.BLOCKED,
            Outcome.FAILED,
            Outcome.CRASHED)) {
      assertEquals(ExitCode.RUN_FAILED, ExitCode.of(o), o.id());
    }
  }
}
