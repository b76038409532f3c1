package dev.errand.browser.discovery;

import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.ProfileInUseException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * A profile's persistent browser data directory. It holds cookies in plain files (Playwright starts
 * Chromium with a basic password store), so it is kept private: 0700 where POSIX permissions exist.
 * Chromium marks a directory in use with a {@code SingletonLock} symlink to {@code host-pid}.
 */
public final class UserDataDir {

  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  private UserDataDir() {}

  /** Create (or tighten) {@code dir} and check no running browser uses it; returns its path. */
  public static Path prepare(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    try {
      if (Files.exists(abs) && !Files.isDirectory(abs)) {
        throw new BrowserUnavailableException(
            "the profile's browser data directory " + abs + " is a file, not a directory");
      }
      if (!Files.exists(abs)) {
        if (abs.getParent() != null) {
          Files.createDirectories(abs.getParent());
        }
        if (posix) {
          Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
          Files.createDirectory(abs);
        }
      }
      if (posix && !Files.getPosixFilePermissions(abs).equals(OWNER_ONLY)) {
        Files.setPosixFilePermissions(abs, OWNER_ONLY);
      }
    } catch (IOException e) {
      throw new BrowserUnavailableException(
          "cannot prepare the browser data directory " + abs + ": " + e.getMessage(), e);
    }
    Optional<Long> holder = lockHolder(abs);
    if (holder.isPresent()) {
      throw inUse(abs, holder);
    }
    return abs;
  }

  /** The message for a directory another browser holds. */
  public static ProfileInUseException inUse(Path dir) {
    return inUse(dir, lockHolder(dir));
  }

  /** The message for a directory the browser with pid {@code holder} (when known) holds. */
  static ProfileInUseException inUse(Path dir, Optional<Long> holder) {
    return new ProfileInUseException(
        "the profile's browser data directory "
            + dir
            + " is in use by another errand run or browser window"
            + holder.map(pid -> " (browser pid " + pid + ")").orElse("")
            + ": one browser per profile. Wait for that run to end or close that window, or use"
            + " another profile.");
  }

  /** The pid of a live process holding Chromium's lock on {@code dir}, if any. */
  static Optional<Long> lockHolder(Path dir) {
    Path lock = dir.resolve("SingletonLock");
    if (!Files.isSymbolicLink(lock)) {
      return Optional.empty();
    }
    try {
      String target = Files.readSymbolicLink(lock).toString();
      long pid = Long.parseLong(target.substring(target.lastIndexOf('-') + 1));
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
