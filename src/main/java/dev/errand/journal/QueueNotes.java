package dev.errand.journal;

import dev.errand.browser.QueueState;
import dev.errand.journal.event.JournalEvent;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** A waiting room's {@code queue} event as a sentence for {@code attempts show} and the report. */
final class QueueNotes {

  private QueueNotes() {}

  /** "in the Queue-it waiting room: number 1,451 in line · 450 ahead", "through … after 46s". */
  static String say(JournalEvent.Queue q) {
    String what = Objects.requireNonNullElse(q.what(), "waiting room");
    if ("through".equals(q.state())) {
      String after =
          q.waitedMs() == null
              ? ""
              : " after " + TimeText.human(Duration.ofMillis(Math.round(q.waitedMs())));
      return "through the " + what + after;
    }
    QueueState room =
        new QueueState(
            what,
            Objects.requireNonNullElse(q.evidence(), ""),
            q.position() == null ? OptionalLong.empty() : OptionalLong.of(q.position()),
            q.ahead() == null ? OptionalLong.empty() : OptionalLong.of(q.ahead()),
            Optional.ofNullable(q.estimatedWait()));
    return "in the " + what + ": " + room.place();
  }
}
