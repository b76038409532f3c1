package dev.errand.browser.pagescript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A script errand sends to pages, from {@code /errand/NAME}: a function expression after leading
 * {@code //} comment lines (dropped, so each call sends only the function), with its placeholders
 * filled in once.
 */
public final class ScriptResource {

  private ScriptResource() {}

  /**
   * The script {@code name} with each placeholder (a key of {@code fills}, which must be in it)
   * replaced by its value.
   */
  public static String load(String name, Map<String, String> fills) {
    String path = "/errand/" + name;
    try (InputStream in = ScriptResource.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      text = text.replaceFirst("(?s)^(//[^\\n]*\\n)+", "");
      for (Map.Entry<String, String> fill : fills.entrySet()) {
        if (!text.contains(fill.getKey())) {
          throw new IllegalStateException(path + " has no " + fill.getKey());
        }
        text = text.replace(fill.getKey(), fill.getValue());
      }
      return text.trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
