package dev.errand.attempt;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One run per site at a time on this machine, whatever the profile: an exclusive file lock on
 * {@code locks/<site key>.lock} in errand's home ({@link SiteKey}), holding who has it (profile,
 * pid, start). A second run on the site is refused before anything starts, with a line naming the
 * run that holds it. The operating system lets go of the lock when the holder's process ends,
 * however it ends (a crash or a kill too); {@link #close} lets go of it at once.
 */
public final class SiteLock implements AutoCloseable {

  /** Far beyond any content, so that the holder's line stays readable where locks are mandatory. */
  private static final long LOCKED_BYTE = 1L << 40;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  /** The locks this process holds: a second channel on a locked file must not be opened here. */
  private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private SiteLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock on {@code site} for {@code profile}'s run, or throws an {@link AttemptException}
   * of kind {@code SITE_BUSY} naming the run that holds it.
   */
  public static SiteLock take(Path locksDir, URI site, String profile, Instant now) {
    String key = SiteKey.of(site);
    Path file = locksDir.resolve(SiteKey.fileName(key)).toAbsolutePath().normalize();
    String holder = holderText(profile, now);
    String mine = HELD_HERE.putIfAbsent(file, holder);
    if (mine != null) {
      throw busy(key, mine);
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(locksDir);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock(LOCKED_BYTE, 1, false);
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String other = read(channel);
        channel.close();
        HELD_HERE.remove(file);
        throw busy(key, other);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new SiteLock(file, channel, lock);
    } catch (IOException e) {
      HELD_HERE.remove(file);
      closeQuietly(channel);
      throw new AttemptException(
          AttemptException.Kind.BAD_INPUT,
          "cannot take the one-run-per-site lock " + file + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      channel.truncate(0);
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases the lock anyway
    } finally {
      closeQuietly(channel);
      HELD_HERE.remove(file);
    }
  }

  private static String holderText(String profile, Instant now) {
    return "profile="
        + profile.replace('\n', ' ')
        + "\npid="
        + ProcessHandle.current().pid()
        + "\nstarted="
        + now.truncatedTo(ChronoUnit.SECONDS)
        + "\n";
  }

  private static AttemptException busy(String key, @Nullable String holderText) {
    return new AttemptException(
        AttemptException.Kind.SITE_BUSY,
        "another errand run is on "
            + key
            + describe(holderText)
            + ": errand runs once per site at a time on this machine, whatever the profile, so"
            + " that one person buys once. Wait for that run to end, or stop it.");
  }

  /** " (profile alice, pid 4242, started 2026-12-05 01:02:03 UTC)", or "" when unknown. */
  static String describe(@Nullable String holderText) {
    if (holderText == null || holderText.isBlank()) {
      return "";
    }
    Properties p = new Properties();
    try {
      p.load(new java.io.StringReader(holderText));
    } catch (IOException | IllegalArgumentException e) {
      return "";
    }
    String started = p.getProperty("started", "");
    try {
      started = WHEN.format(Instant.parse(started));
    } catch (RuntimeException e) {
      // shown as written
    }
    return " (profile "
        + p.getProperty("profile", "?")
        + ", pid "
        + p.getProperty("pid", "?")
        + (started.isEmpty() ? "" : ", started " + started)
        + ")";
  }

  private static @Nullable String read(FileChannel channel) {
    try {
      long size = Math.min(channel.size(), 4096);
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      channel.read(buffer, 0);
      return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private static void closeQuietly(@Nullable FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to let go of
    }
  }
}
