package dev.errand.handoff.page;

import dev.errand.run.HandoffRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The handoff page of one attempt: at each handoff a new page under a new token, served on {@code
 * address} until the handoff ends. The whole link goes only where the person alone reads it: the
 * notifications and, when given, a file only its owner can read; everywhere else it is {@link
 * Open#shown() shown} without its token.
 *
 * <p>Used on the run's thread only.
 */
public final class HandoffPage {

  /** A handoff's page while it is open. */
  public record Open(HandoffRequest request, PageSession session, HandoffPageServer server) {
    /** The whole link, token included. */
    public String link() {
      return server.link().toString();
    }

    /** The link without its token. */
    public String shown() {
      return server.shown();
    }
  }

  private final InetSocketAddress address;
  private final Optional<Path> linkFile;
  private @Nullable Open current;
  private @Nullable String failure;

  /**
   * @param address where to listen (127.0.0.1 by default; port 0: any free one)
   * @param linkFile where to write the whole link for the person (owner-only), if anywhere
   */
  public HandoffPage(InetSocketAddress address, Optional<Path> linkFile) {
    this.address = address;
    this.linkFile = linkFile;
  }

  /**
   * The page for {@code request}, opened at its first call (later calls for the same request give
   * the same page); empty when it could not be served ({@link #failure} says why).
   */
  public Optional<Open> open(HandoffRequest request) {
    if (current != null && current.request().equals(request)) {
      return Optional.of(current);
    }
    close();
    try {
      PageSession session =
          new PageSession(
              new PageSession.About(
                  request.reason().yamlName(),
                  request.message(),
                  request.until().map(dev.errand.recipe.Condition::describe),
                  request.holdTime()));
      Open open = new Open(request, session, HandoffPageServer.start(address, session));
      current = open;
      failure = null;
      linkFile.ifPresent(file -> write(file, open.link()));
      return Optional.of(open);
    } catch (IOException e) {
      failure =
          "the handoff page could not listen on "
              + address.getHostString()
              + ":"
              + address.getPort()
              + " ("
              + e.getMessage()
              + ")";
      return Optional.empty();
    }
  }

  /** Why the page could not be opened, after {@link #open} came back empty. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** Ends the current page: its token stops working at once. */
  public void close() {
    Open open = current;
    current = null;
    if (open != null) {
      open.server().close();
      linkFile.ifPresent(HandoffPage::forget);
    }
  }

  private static void write(Path file, String link) {
    try {
      Files.deleteIfExists(file);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(
          file,
          link + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      // the notifications still carry the link
    }
  }

  private static void forget(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the token in it no longer works
    }
  }
}
