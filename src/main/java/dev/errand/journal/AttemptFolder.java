package dev.errand.journal;

import dev.errand.browser.BrowserPage;
import dev.errand.run.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's folder under the attempts root: {@code journal.jsonl}, numbered screenshots and page
 * HTML. Its id sorts by time: {@code 20261121-190512-demo-shop}.
 */
public final class AttemptFolder implements Evidence {

  private static final Logger log = LoggerFactory.getLogger(AttemptFolder.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final String id;
  private final Path dir;
  private final AtomicInteger sequence = new AtomicInteger();
  private volatile Scrubber scrubber = Scrubber.CARDS_ONLY;
  private volatile List<String> toPage = List.of();

  private AttemptFolder(String id, Path dir) {
    this.id = id;
    this.dir = dir;
  }

  /** Creates a new, uniquely named folder for a run of {@code recipeName}. */
  public static AttemptFolder create(Path root, String recipeName, Clock clock) {
    String base = STAMP.format(clock.instant()) + "-" + slug(recipeName);
    try {
      Files.createDirectories(root);
      for (int n = 1; ; n++) {
        String id = n == 1 ? base : base + "-" + n;
        Path dir = root.resolve(id);
        try {
          OwnerOnly.createDirectory(dir);
          return new AttemptFolder(id, dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          // taken by a run in the same second: try the next suffix
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create an attempt folder in " + root + ": " + e.getMessage(), e);
    }
  }

  static String slug(String name) {
    String s =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    if (s.length() > 40) {
      int cut = s.lastIndexOf('-', 40);
      s = s.substring(0, cut > 10 ? cut : 40);
    }
    return s.isEmpty() ? "recipe" : s;
  }

  /**
   * Makes everything in the folder its owner's alone (files 0600, folders 0700, where POSIX
   * permissions exist): screenshots, page HTML and traces show the person's account.
   */
  public void seal() {
    OwnerOnly.tighten(dir);
  }

  public String id() {
    return id;
  }

  public Path dir() {
    return dir;
  }

  public Path journalFile() {
    return dir.resolve("journal.jsonl");
  }

  private Path next(String name, String extension) {
    return dir.resolve(
        String.format("%02d-%s.%s", sequence.incrementAndGet(), slug(name), extension));
  }

  @Override
  public Optional<Path> screenshot(String name, BrowserPage page) {
    return shot(name, page, false);
  }

  @Override
  public Optional<Path> fullPageScreenshot(String name, BrowserPage page) {
    return shot(name, page, true);
  }

  private Optional<Path> shot(String name, BrowserPage page, boolean fullPage) {
    Path file = next(name, "png");
    try {
      if (fullPage) {
        page.fullPageScreenshot(file, toPage);
      } else {
        page.screenshot(file, toPage);
      }
      return Optional.of(file);
    } catch (RuntimeException e) {
      log.debug("screenshot {} failed", name, e);
      return Optional.empty();
    }
  }

  @Override
  public Optional<Path> html(String name, BrowserPage page) {
    Path file = next(name, "html");
    try {
      Files.writeString(file, scrubber.scrub(page.html()), StandardCharsets.UTF_8);
      return Optional.of(file);
    } catch (IOException | RuntimeException e) {
      log.debug("saving the page HTML {} failed", name, e);
      return Optional.empty();
    }
  }

  /**
   * From now on, page HTML is saved with {@code scrubber}'s secret values and every card number
   * replaced, and screenshots mask password and card fields, card numbers and, unless {@code
   * traced}, the fields and text that show a secret value. A traced run's secrets are not sent to
   * the page to find them: a trace keeps every script's arguments (and such a run types none).
   */
  public void conceal(Scrubber scrubber, boolean traced) {
    this.scrubber = scrubber;
    this.toPage = traced ? List.of() : scrubber.secrets();
  }
}
