package dev.errand.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a folder with everything in it. */
public final class Folders {

  private Folders() {}

  /**
   * Removes {@code dir} and everything in it, as far as it can: a file it cannot remove stays, and
   * nothing is thrown (a leftover is reported by whoever looks for it, not here).
   */
  public static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // best effort: see above
    }
  }
}
