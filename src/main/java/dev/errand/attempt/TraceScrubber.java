package dev.errand.attempt;

import dev.errand.journal.Scrubber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a saved Playwright trace with every secret value and card number replaced in its text
 * entries (the action log, network log, DOM snapshots and resources; images are kept as they are).
 * A run that types a secret is not traced at all; this keeps a profile's secrets and card numbers
 * that a page showed by itself out of a trace too. A file it cannot rewrite is deleted: a trace
 * that may hold a secret is not kept.
 */
final class TraceScrubber {

  private static final List<String> IMAGES = List.of(".jpeg", ".jpg", ".png", ".webp", ".gif");

  private TraceScrubber() {}

  static void scrub(Path zip, Scrubber scrubber) {
    // every entry is read byte for byte as ISO-8859-1, so what is not replaced stays the same bytes
    Scrubber bytewise = bytewise(scrubber);
    Path out = zip.resolveSibling(zip.getFileName() + ".scrubbing");
    try {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
          ZipOutputStream zipOut = new ZipOutputStream(Files.newOutputStream(out))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          byte[] bytes = readAll(in);
          if (!isImage(e.getName())) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            bytes = bytewise.scrubData(text).getBytes(StandardCharsets.ISO_8859_1);
          }
          zipOut.putNextEntry(new ZipEntry(e.getName()));
          zipOut.write(bytes);
          zipOut.closeEntry();
        }
      }
      Files.move(out, zip, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(out);
        Files.deleteIfExists(zip);
      } catch (IOException gone) {
        e.addSuppressed(gone);
      }
      throw new UncheckedIOException(
          "could not scrub the trace, so it is not kept: " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  /** The secrets as their UTF-8 bytes read one char a byte, as the entries are read. */
  private static Scrubber bytewise(Scrubber scrubber) {
    return new Scrubber(
        scrubber.secrets().stream()
            .map(s -> new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
            .toList());
  }

  private static boolean isImage(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return IMAGES.stream().anyMatch(lower::endsWith);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toByteArray();
  }
}
