package dev.errand.attempt;

import dev.errand.handoff.page.HandoffPage;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * At each handoff, opens the handoff page and tells the person where it is: the console shows the
 * link without its token (a terminal is often shared, scrolled back or recorded), and the whole
 * link goes to a file in the attempt folder only its owner can read, and to the notifications. The
 * file goes when the handoff ends, as the token does.
 */
final class PageLinkListener implements RunListener {

  /** The file in the attempt folder that holds the whole link while a handoff lasts. */
  static final String LINK_FILE = "handoff-link.txt";

  private final Optional<HandoffPage> page;
  private final Narration console;
  private final Path file;
  private final List<String> channels;

  /**
   * @param channels the names of the notification channels that carry the whole link (none: the
   *     file alone has it)
   */
  PageLinkListener(
      Optional<HandoffPage> page, Narration console, Path attemptDir, List<String> channels) {
    this.page = page;
    this.console = console;
    this.file = attemptDir.resolve(LINK_FILE);
    this.channels = List.copyOf(channels);
  }

  @Override
  public void handoffStarted(HandoffRequest request) {
    if (page.isEmpty()) {
      return;
    }
    Optional<HandoffPage.Open> open = page.get().open(request);
    if (open.isEmpty()) {
      console.warn(page.get().failure().orElse("the handoff page could not be served"));
      return;
    }
    boolean written = write(open.get().link());
    console.info(
        "take over from your phone: " + open.get().shown() + " (" + whereTheLinkIs(written) + ")");
  }

  /** Where the whole link went: the notification channels and the file, as far as each took it. */
  private String whereTheLinkIs(boolean written) {
    List<String> places = new ArrayList<>();
    if (!channels.isEmpty()) {
      places.add("your notifications (" + String.join(", ", channels) + ")");
    }
    if (written) {
      places.add(file + ", readable by you only");
    }
    return places.isEmpty()
        ? "the whole link went nowhere: add a notification channel to the profile"
        : "the whole link is in " + String.join(" and in ", places);
  }

  @Override
  public void handoffEnded(HandoffRequest request, HandoffResult result) {
    if (page.isPresent()) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // its token stopped working with the handoff
      }
    }
  }

  private boolean write(String link) {
    try {
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(file, link + "\n", StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      return false; // the notifications still carry it
    }
  }
}
