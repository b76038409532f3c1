package dev.errand.attempt;

import dev.errand.os.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A temporary directory removed, with everything in it, on close. */
public final class TempDirs implements AutoCloseable {

  private final Path dir;

  public TempDirs(String prefix) {
    try {
      this.dir = Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path path() {
    return dir;
  }

  public Path sub(String name) {
    return dir.resolve(name);
  }

  @Override
  public void close() {
    Folders.deleteQuietly(dir);
  }
}
