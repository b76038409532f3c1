package dev.errand.journal;

import dev.errand.journal.event.JournalEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder that holds attempt folders ({@code attempts/}): which attempts exist, newest first,
 * and which folders in it are not attempts (no journal).
 */
public final class AttemptsRoot {

  /** The attempts that could be read, newest first, and the folders that could not. */
  public record Listing(List<AttemptRecord> attempts, List<String> withoutJournal) {
    public Listing {
      attempts = List.copyOf(attempts);
      withoutJournal = List.copyOf(withoutJournal);
    }
  }

  private final Path dir;

  public AttemptsRoot(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  public boolean exists() {
    return Files.isDirectory(dir);
  }

  /** Every sub-folder's name, journal or not, sorted. */
  public List<String> folders() {
    if (!exists()) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The ids of the folders that have a journal, newest first (by their run's start). */
  public List<String> ids() {
    record Dated(String id, Instant start) {}
    List<Dated> dated = new ArrayList<>();
    for (String id : folders()) {
      startedAt(id).ifPresent(start -> dated.add(new Dated(id, start)));
    }
    dated.sort(
        Comparator.comparing(Dated::start).thenComparing(Dated::id, Comparator.naturalOrder()));
    List<String> ids = new ArrayList<>(dated.stream().map(Dated::id).toList());
    java.util.Collections.reverse(ids);
    return ids;
  }

  /** The newest attempt's id. */
  public Optional<String> latest() {
    List<String> ids = ids();
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
  }

  public Path folder(String id) {
    return dir.resolve(id);
  }

  public boolean hasJournal(String id) {
    return Files.isRegularFile(folder(id).resolve(AttemptReader.JOURNAL));
  }

  public AttemptRecord read(String id) {
    return AttemptReader.read(folder(id));
  }

  /** Reads every attempt, newest first. */
  public Listing list() {
    List<AttemptRecord> attempts = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (String id : folders()) {
      if (hasJournal(id)) {
        attempts.add(read(id));
      } else {
        without.add(id);
      }
    }
    attempts.sort(
        Comparator.comparing(AttemptRecord::startedAt).thenComparing(AttemptRecord::id).reversed());
    return new Listing(attempts, without);
  }

  /**
   * When the run in folder {@code id} started ({@code run-start}, else its first event); empty when
   * the folder has no journal or no readable event.
   */
  public Optional<Instant> startedAt(String id) {
    if (!hasJournal(id)) {
      return Optional.empty();
    }
    JournalLines lines = JournalLines.read(folder(id).resolve(AttemptReader.JOURNAL));
    Optional<JournalEvent> start =
        lines.first(JournalEvent.RunStart.class).map(JournalEvent.class::cast);
    return start
        .or(() -> lines.events().stream().findFirst())
        .flatMap(e -> Optional.ofNullable(e.t()));
  }
}
