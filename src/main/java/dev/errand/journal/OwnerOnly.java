package dev.errand.journal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/** Files and folders only their owner can read: 0600 and 0700 where POSIX permissions exist. */
final class OwnerOnly {

  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Creates {@code dir} (its parent must exist) readable by its owner only. */
  static void createDirectory(Path dir) throws IOException {
    if (posix()) {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
      // the umask may have taken bits away, never added any; set them exactly
      Files.setPosixFilePermissions(dir, FOLDER);
    } else {
      Files.createDirectory(dir);
    }
  }

  /** Gives everything under {@code dir}, itself included, its owner-only permissions. */
  static void tighten(Path dir) {
    if (!posix()) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.forEach(
          p -> {
            try {
              if (!Files.isSymbolicLink(p)) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? FOLDER : FILE);
              }
            } catch (IOException e) {
              // a file removed meanwhile, or not ours: leave it
            }
          });
    } catch (IOException | RuntimeException e) {
      // the folder is gone: nothing to tighten
    }
  }
}
