package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyTest {

  @TempDir Path tmp;

  @Test
  void anAttemptFolderIsItsOwnersAloneFromItsStartAndEverythingInItOnceSealed() throws IOException {
    AttemptFolder folder = AttemptFolder.create(tmp, "Demo", Clock.systemUTC());
    assertEquals("rwx------", perms(folder.dir()));
    Path shot = folder.dir().resolve("01-armed.png");
    Files.writeString(shot, "png");
    Files.createDirectories(folder.dir().resolve("trace"));
    Files.setPosixFilePermissions(shot, PosixFilePermissions.fromString("rw-r--r--"));
    folder.seal();
    assertEquals("rw-------", perms(shot));
    assertEquals("rwx------", perms(folder.dir().resolve("trace")));
  }

  static String perms(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
