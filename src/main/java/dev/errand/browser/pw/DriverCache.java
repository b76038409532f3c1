package dev.errand.browser.pw;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.impl.driver.jar.DriverJar;
import dev.errand.os.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Playwright's driver (its Node.js and scripts, about 130 MB), installed once per driver version in
 * the user's cache folder instead of in a new temporary folder at every start. Left to itself,
 * Playwright for Java unpacks the driver into {@code playwright-java-…} in the temporary directory
 * each time and only removes it when the JVM exits normally: a killed errand leaves it behind.
 *
 * <p>An install is unpacked into a private folder beside the final one and moved into place in one
 * step, so two errands starting at once, or one killed while unpacking, never leave a half driver
 * under the final name. Anything that fails here leaves Playwright to its own way.
 */
final class DriverCache {

  private static final Logger LOG = LoggerFactory.getLogger(DriverCache.class);

  /** The system property Playwright for Java reads for a driver installed beforehand. */
  static final String CLI_DIR = "playwright.cli.dir";

  private static final String PACKAGE_JSON = "driver/package/package.json";
  private static final Pattern SAFE_VERSION = Pattern.compile("[0-9A-Za-z.+-]{1,40}");

  /**
   * The folder this JVM pointed Playwright at, checked again at every start (it may be removed).
   */
  private static @Nullable String ours;

  private DriverCache() {}

  /**
   * Points Playwright at the cached driver for this build, installing it first when it is not
   * there; returns where it is, or empty when Playwright keeps its own way (the property was set by
   * someone else, no cache folder, or the install failed).
   */
  static synchronized Optional<Path> use(Map<String, String> env) {
    String set = System.getProperty(CLI_DIR);
    if (set != null && !set.equals(ours)) {
      return Optional.of(Path.of(set));
    }
    Optional<String> version = bundledVersion();
    Optional<Path> root = root(env, System.getProperty("os.name", ""));
    if (version.isEmpty() || root.isEmpty()) {
      return Optional.empty();
    }
    Path dir = root.get().resolve("playwright-driver-" + version.get());
    try {
      if (!installed(dir)) {
        install(dir);
      }
      ours = dir.toString();
      System.setProperty(CLI_DIR, ours);
      return Optional.of(dir);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      LOG.debug("no cached Playwright driver in {}; Playwright unpacks its own", dir, e);
      if (ours != null) {
        System.clearProperty(CLI_DIR);
        ours = null;
      }
      return Optional.empty();
    }
  }

  /** Whether {@code dir} holds a whole driver: its Node.js and its command-line script. */
  static boolean installed(Path dir) {
    return Files.isRegularFile(dir.resolve("package").resolve("cli.js"))
        && (Files.isRegularFile(dir.resolve("node"))
            || Files.isRegularFile(dir.resolve("node.exe")));
  }

  /**
   * The folder errand caches things in: {@code $XDG_CACHE_HOME/errand}, else {@code
   * ~/.cache/errand} on Linux, {@code ~/Library/Caches/errand} on macOS, {@code
   * %LOCALAPPDATA%\errand} on Windows.
   */
  static Optional<Path> root(Map<String, String> env, String osName) {
    String os = osName.toLowerCase(Locale.ROOT);
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "errand"));
    }
    if (os.startsWith("windows")) {
      String local = env.get("LOCALAPPDATA");
      return local == null || local.isBlank()
          ? Optional.empty()
          : Optional.of(Path.of(local, "errand"));
    }
    String home = System.getProperty("user.home");
    if (home == null || home.isBlank() || "?".equals(home)) {
      return Optional.empty();
    }
    return Optional.of(
        os.startsWith("mac")
            ? Path.of(home, "Library", "Caches", "errand")
            : Path.of(home, ".cache", "errand"));
  }

  /** The version of the driver packed in this build ({@code playwright-core}'s package.json). */
  static Optional<String> bundledVersion() {
    try (InputStream in = DriverJar.class.getClassLoader().getResourceAsStream(PACKAGE_JSON)) {
      if (in == null) {
        return Optional.empty();
      }
      JsonNode version = new ObjectMapper().readTree(in).path("version");
      return version.isTextual() && SAFE_VERSION.matcher(version.asText()).matches()
          ? Optional.of(version.asText())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void install(Path dir) throws IOException, URISyntaxException {
    Files.createDirectories(dir.getParent());
    Path unpacking = Files.createTempDirectory(dir.getParent(), "unpacking-");
    try {
      DriverJar.installDriverTo(unpacking);
      if (!installed(unpacking)) {
        throw new IOException("the unpacked driver has no node or cli.js");
      }
      try {
        Files.move(unpacking, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        // another errand finished first (or the folder cannot move atomically: use theirs or none)
        if (!installed(dir)) {
          throw e;
        }
      } catch (IOException e) {
        // a non-empty folder already there is another errand's whole install
        if (!installed(dir)) {
          throw e;
        }
      }
    } finally {
      Folders.deleteQuietly(unpacking);
    }
  }
}
