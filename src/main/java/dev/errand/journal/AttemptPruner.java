package dev.errand.journal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deletes attempt folders whose run started before a cutoff. Only folders with a journal that says
 * when their run started are candidates; anything else in the attempts folder is left alone and
 * reported. Symbolic links are removed, never followed.
 */
public final class AttemptPruner {

  /** A folder that was (or, in a dry run, would be) deleted. */
  public record Pruned(String id, Instant started) {}

  /**
   * What pruning did.
   *
   * @param pruned folders deleted (or that would be, in a dry run), oldest first
   * @param kept how many attempts are kept: recent enough, or still running
   * @param leftAlone folders without a journal or a start time: not touched
   * @param failed folders that could not be deleted, with why
   */
  public record Result(List<Pruned> pruned, int kept, List<String> leftAlone, List<String> failed) {
    public Result {
      pruned = List.copyOf(pruned);
      leftAlone = List.copyOf(leftAlone);
      failed = List.copyOf(failed);
    }
  }

  private AttemptPruner() {}

  /** Deletes (unless {@code dryRun}) the attempts in {@code root} started before {@code cutoff}. */
  public static Result prune(AttemptsRoot root, Instant cutoff, boolean dryRun) {
    List<Pruned> pruned = new ArrayList<>();
    List<String> leftAlone = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    int kept = 0;
    for (String id : root.folders()) {
      Optional<Instant> started = root.startedAt(id);
      if (started.isEmpty()) {
        leftAlone.add(id);
      } else if (!started.get().isBefore(cutoff)
          || WriterMark.writer(root.folder(id)).isPresent()) {
        kept++; // recent, or still being written: a run in progress is never pruned
      } else if (dryRun) {
        pruned.add(new Pruned(id, started.get()));
      } else {
        try {
          deleteTree(root.folder(id));
          pruned.add(new Pruned(id, started.get()));
        } catch (IOException e) {
          failed.add(id + ": " + e.getMessage());
        }
      }
    }
    pruned.sort(java.util.Comparator.comparing(Pruned::started));
    return new Result(pruned, kept, leftAlone, failed);
  }

  static void deleteTree(Path dir) throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
