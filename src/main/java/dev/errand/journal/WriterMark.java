package dev.errand.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A file in an attempt folder, {@value #FILE}, present while a {@link Journal} is open there: the
 * writing process's id and start instant. A run whose journal has no outcome is still in progress
 * when the mark is there and names a live process (the same one: its start instant matches, so a
 * reused process id does not count); otherwise it died.
 */
public final class WriterMark {

  /** The mark's file name. */
  public static final String FILE = "journal.writer";

  private WriterMark() {}

  /** Marks {@code dir}'s journal as written by this process. */
  static void put(Path dir) throws IOException {
    ProcessHandle me = ProcessHandle.current();
    Files.writeString(dir.resolve(FILE), line(me.pid(), start(me)), StandardCharsets.UTF_8);
  }

  /** Removes the mark: the journal is closed. */
  static void remove(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
  }

  /** The mark's text for process {@code pid} started at {@code start} (empty when unknown). */
  static String line(long pid, Optional<Instant> start) {
    return pid + " " + start.map(Instant::toString).orElse("-") + "\n";
  }

  /** The live process writing the journal in {@code dir}, if one is. */
  public static Optional<ProcessHandle> writer(Path dir) {
    String text;
    try {
      text = Files.readString(dir.resolve(FILE), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return Optional.empty();
    }
    // trimmed, so no empty trailing parts to keep or drop
    String[] parts = text.split(" ", -1);
    long pid;
    try {
      pid = Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    Optional<String> started =
        parts.length > 1 && !parts[1].equals("-") ? Optional.of(parts[1]) : Optional.empty();
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(
            p ->
                started.isEmpty()
                    || start(p).map(s -> s.toString().equals(started.get())).orElse(true));
  }

  private static Optional<Instant> start(ProcessHandle p) {
    return p.info().startInstant();
  }
}
