package dev.errand.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory removed, with everything in it, on close. */
final class TempDirs implements AutoCloseable {

  private final Path dir;

  TempDirs(String prefix) {
    try {
      this.dir = Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path() {
    return dir;
  }

  Path sub(String name) {
    return dir.resolve(name);
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a leftover temp dir is harmless
    }
  }
}
