package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScrubberTest {

  static final String SECRET = "s3cret&<pass> \"x\"";
  final Scrubber scrubber = new Scrubber(List.of(SECRET, "MEMBER-77310", " ", ""));

  @Test
  void aSecretIsReplacedAsWrittenEscapedAndEncoded() {
    for (String form :
        List.of(
            SECRET,
            "s3cret&amp;&lt;pass&gt; &quot;x&quot;",
            "s3cret%26%3Cpass%3E+%22x%22",
            "s3cret%26%3Cpass%3E%20%22x%22",
            "s3cret&<pass> \\\"x\\\"",
            "s3cret\\u0026\\u003cpass\\u003e \\\"x\\\"")) {
      String page = "<p>You entered: " + form + ".</p>";
      assertEquals("<p>You entered: " + Scrubber.HIDDEN + ".</p>", scrubber.scrub(page), form);
      assertTrue(scrubber.finds(page), form);
    }
  }

  @Test
  void everyOccurrenceGoesAndTheRestOfThePageStays() {
    String page =
        "<input name=member value=\"MEMBER-77310\"><p>MEMBER-77310 not found</p><p>Alex</p>";
    String out = scrubber.scrub(page);
    assertFalse(out.contains("MEMBER-77310"), out);
    assertTrue(out.contains("<p>Alex</p>"), out);
  }

  @Test
  void cardNumbersGoToo() {
    String page = "<td>4242 4242 4242 4242</td><td>ref 1234</td><a href='/?c=4242424242424242'>";
    String out = Scrubber.CARDS_ONLY.scrub(page);
    assertFalse(out.replaceAll("\\D", "").contains("4242424242424242"), out);
    assertTrue(out.contains("ref 1234"), out);
  }

  @Test
  void blankSecretsAreIgnored() {
    assertEquals("a b", scrubber.scrub("a b"));
    assertEquals(List.of(SECRET, "MEMBER-77310"), scrubber.secrets());
  }
}
