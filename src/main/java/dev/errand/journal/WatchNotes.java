package dev.errand.journal;

import dev.errand.journal.event.JournalEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a watch's checks say on the timeline: each check that found something (the thing available,
 * a page that could not be looked at, the site refusing errand) as a {@code watch} note, and one
 * note summing the watch up (how many checks, from when to when, when it fired) at its last check.
 * The plain unavailable checks are only counted: a day's watch makes hundreds.
 */
public final class WatchNotes {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private final List<NoteRecord> notes = new ArrayList<>();
  private int checks;
  private int fired;
  private @Nullable Instant first;
  private @Nullable Instant last;
  private double lastMs;
  private @Nullable String schedule;
  private final List<String> firedAt = new ArrayList<>();

  /** Takes in one check, written at {@code at} ({@code ms} on the attempt's timebase). */
  public void add(JournalEvent.WatchCheck check, Instant written, double ms) {
    Instant at = check.started() != null ? check.started() : written;
    checks++;
    if (first == null) {
      first = at;
    }
    last = at;
    lastMs = ms;
    if (check.schedule() != null) {
      schedule = check.schedule();
    }
    String result = Objects.requireNonNullElse(check.result(), "unavailable");
    int n = check.check() == null ? checks : check.check();
    String detail = check.detail() == null ? "" : ": " + check.detail();
    if (result.equals("available")) {
      fired++;
      firedAt.add("check " + n + " at " + TIME.format(at));
      notes.add(new NoteRecord("watch", ms, "watch fired: check " + n + " found it available"));
    } else if (!result.equals("unavailable")) {
      notes.add(new NoteRecord("watch", ms, "watch check " + n + " " + result + detail));
    }
  }

  /** The notes: what the checks found, and the watch summed up; none when there was no check. */
  public List<NoteRecord> notes() {
    if (checks == 0 || first == null || last == null) {
      return List.of();
    }
    List<NoteRecord> all = new ArrayList<>(notes);
    all.add(new NoteRecord("watch", lastMs, summary()));
    return all;
  }

  private String summary() {
    Instant from = Objects.requireNonNull(first);
    Instant to = Objects.requireNonNull(last);
    return "watch"
        + (schedule == null ? "" : " (" + schedule + ")")
        + ": "
        + checks
        + (checks == 1 ? " check" : " checks")
        + " from "
        + TIME.format(from)
        + " to "
        + TIME.format(to)
        + (fired == 0 ? "; it never fired" : "; fired at " + String.join(", ", firedAt));
  }
}
