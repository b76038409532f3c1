package dev.errand.attempt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files shipped inside the jar ({@code recipes/demo-shop.yaml}, {@code profiles/example.conf}), so
 * {@code errand demo} works from any directory. The checkout's own copies win when present.
 */
public final class Bundled {

  /** The demo's recipe, for {@code errand demo} and errand's side of {@code errand bench}. */
  public static final String DEMO_RECIPE = "recipes/demo-shop.yaml";

  /** The profile the demo runs with. */
  public static final String DEMO_PROFILE = "example";

  private Bundled() {}

  /** {@code workDir/relative} when it exists, else the bundled copy extracted under {@code tmp}. */
  public static Path file(Path workDir, String relative, Path tmp) {
    Path local = workDir.resolve(relative);
    if (Files.isRegularFile(local)) {
      return local;
    }
    Path target = tmp.resolve(relative);
    try (InputStream in =
        Bundled.class.getClassLoader().getResourceAsStream("bundled/" + relative)) {
      if (in == null) {
        throw new IllegalStateException("the jar does not contain bundled/" + relative);
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
