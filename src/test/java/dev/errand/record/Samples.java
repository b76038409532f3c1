package dev.errand.record;

import dev.errand.browser.Detection;
import dev.errand.browser.recognition.Signature;
import dev.errand.browser.recognition.Signatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Recorded JSON-lines samples ({@code src/test/resources/record/}), as {@code record.js} writes
 * them. A page scan's hit names its signature by kind ({@code "$challenge"}, {@code "$payment"}),
 * filled in here with an index into {@link Signatures#ALL}, which the table's growth would shift.
 */
final class Samples {

  static final Map<String, String> PERSON =
      Map.of(
          "name", "Alex Example",
          "email", "alex@example.com",
          "phone", "+44 7700 900123",
          "address.postcode", "N1 9GU",
          "address.country", "GB");

  private Samples() {}

  static List<String> lines(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/record/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replace("\"$challenge\"", String.valueOf(index(Detection.Kind.CHALLENGE)))
          .replace("\"$payment\"", String.valueOf(index(Detection.Kind.PAYMENT)))
          .lines()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The builder after every line of the sample; {@code stops} gets whether each asked to stop. */
  static RecipeBuilder build(String name, String start, List<Boolean> stops) {
    RecipeBuilder b = new RecipeBuilder(URI.create(start), new TypedValues(PERSON, Map.of()));
    for (String line : lines(name)) {
      RecorderLine.parse(line).ifPresent(e -> stops.add(b.add(e)));
    }
    return b;
  }

  private static int index(Detection.Kind kind) {
    List<Signature> all = Signatures.ALL;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).kind() == kind && all.get(i).clue() == Signature.Clue.SELECTOR) {
        return i;
      }
    }
    throw new IllegalStateException("no " + kind + " signature");
  }
}
