package dev.errand.attempt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.Scrubber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceScrubberTest {

  @TempDir Path tmp;

  static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};

  @Test
  void secretsAndCardNumbersLeaveEveryTextEntryAndTheRestStays() throws IOException {
    Path zip = tmp.resolve("trace-1-arm.zip");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        "trace.trace",
        ("{\"type\":\"before\",\"params\":{\"value\":\"pässwörd-1\"},\"wallTime\":12}\n"
                + "{\"snapshot\":\"<p>4242 4242 4242 4242</p>\"}\n")
            .getBytes(StandardCharsets.UTF_8));
    entries.put("resources/page@1.html", "<input value=\"pässwörd-1\">".getBytes(UTF8));
    entries.put("resources/shot.jpeg", IMAGE);
    write(zip, entries);

    TraceScrubber.scrub(zip, new Scrubber(List.of("pässwörd-1")));

    Map<String, byte[]> out = read(zip);
    assertEquals(entries.keySet(), out.keySet());
    String trace = new String(out.get("trace.trace"), UTF8);
    assertFalse(trace.contains("pässwörd-1"), trace);
    assertFalse(trace.contains("4242 4242"), trace);
    assertTrue(trace.contains("\"value\":\"######\""), trace);
    assertTrue(trace.contains("0000 0000 0000 0000"), "digits zeroed, shape kept: " + trace);
    assertTrue(trace.contains("\"wallTime\":12"), trace);
    assertEquals("<input value=\"######\">", new String(out.get("resources/page@1.html"), UTF8));
    assertArrayEquals(IMAGE, out.get("resources/shot.jpeg"));
  }

  @Test
  void aTraceThatCannotBeRewrittenIsNotKept() throws IOException {
    Path broken = Files.writeString(tmp.resolve("trace-3-after.zip"), "not a zip at all");
    // an unreadable zip reads as empty: it is rewritten empty, never left as it was
    TraceScrubber.scrub(broken, new Scrubber(List.of("x")));
    assertFalse(Files.readString(broken, StandardCharsets.ISO_8859_1).contains("not a zip"));
    Path missing = tmp.resolve("missing.zip");
    assertThrows(
        UncheckedIOException.class, () -> TraceScrubber.scrub(missing, Scrubber.CARDS_ONLY));
    assertFalse(Files.exists(missing));
  }

  static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  static void write(Path zip, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
  }

  static Map<String, byte[]> read(Path zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        out.put(e.getName(), bytes.toByteArray());
      }
    }
    return out;
  }
}
