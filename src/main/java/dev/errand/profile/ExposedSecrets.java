package dev.errand.profile;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigValue;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * A profile file that holds secrets in plain text while other people on this machine can read it.
 * Secrets taken from environment variables ({@code secrets { pw = ${?SHOP_PASSWORD} }}) are not in
 * the file and do not count.
 */
public final class ExposedSecrets {

  private ExposedSecrets() {}

  /** The warning for {@code profile}'s file, when its secrets are readable by others. */
  public static Optional<String> warning(Profile profile) {
    return profile.file().flatMap(ExposedSecrets::warning);
  }

  static Optional<String> warning(Path file) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return Optional.empty();
    }
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      boolean others =
          perms.contains(PosixFilePermission.GROUP_READ)
              || perms.contains(PosixFilePermission.OTHERS_READ);
      if (!others || !holdsSecrets(file)) {
        return Optional.empty();
      }
      return Optional.of(
          file
              + " holds secrets and other users of this machine can read it: run chmod 600 "
              + file
              + ", or take the secrets from environment variables");
    } catch (IOException | ConfigException e) {
      return Optional.empty();
    }
  }

  /** Whether the file itself spells out a value under {@code secrets}. */
  static boolean holdsSecrets(Path file) {
    Config own =
        ConfigFactory.parseFile(file.toFile())
            .resolve(ConfigResolveOptions.defaults().setAllowUnresolved(true));
    if (!own.hasPath("secrets") || !(own.getValue("secrets") instanceof ConfigObject secrets)) {
      return false;
    }
    for (ConfigValue v : secrets.values()) {
      String from = v.origin().filename();
      if (from != null && Path.of(from).toAbsolutePath().equals(file.toAbsolutePath())) {
        return true;
      }
    }
    return false;
  }
}
