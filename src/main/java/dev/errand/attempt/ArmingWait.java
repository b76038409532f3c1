package dev.errand.attempt;

import static dev.errand.timing.TimeText.CLOCK;
import static dev.errand.timing.TimeText.hms;
import static dev.errand.timing.TimeText.human;

import dev.errand.timing.LongWait;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Before arming: when the release is further away than the lead, waits without a browser (a drop at
 * 04:00 started at bedtime), noticing if the machine slept through the instant; the journal records
 * a sleep, and the person is told when it made errand late.
 */
final class ArmingWait {

  private final Clock clock;
  private final LongWait wait;
  private final Narration say;

  ArmingWait(Clock clock, LongWait wait, Narration say) {
    this.clock = clock;
    this.wait = wait;
    this.say = say;
  }

  void untilArmed(Instant release, Duration lead, AttemptJournal journal) {
    Instant armAt = release.minus(lead);
    Instant now = clock.instant();
    if (!now.isBefore(armAt)) {
      if (Duration.between(now, release).compareTo(lead) < 0 && now.isBefore(release)) {
        say.detail(
            "the release is in "
                + hms(Duration.between(now, release).toSeconds())
                + ", within the lead of "
                + human(lead)
                + ": arming now");
      }
      return;
    }
    say.info(
        "arming at "
            + CLOCK.format(armAt)
            + say.dim(" (" + human(lead) + " before the release); no browser until then"));
    LongWait.Result waited;
    try {
      waited =
          wait.until(
              armAt,
              release,
              left ->
                  say.status(
                      "  ☾ arming in " + hms(left.toSeconds()), left.toSeconds() % 600 == 0));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AttemptException(AttemptException.Kind.ABORTED, "interrupted while waiting to arm");
    }
    if (waited.suspended()) {
      journal.suspended(waited);
    }
    if (!waited.missedBy().isZero()) {
      say.warn(
          "this machine was asleep through the release instant: it passed "
              + human(waited.missedBy())
              + " ago. errand acts now, late, and the journal says so.");
    } else if (waited.suspended()) {
      say.warn("this machine slept for " + human(waited.slept()) + " while waiting; still in time");
    }
  }
}
