package dev.errand.browser.pagescript;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The scripts errand sends to pages, from {@code /errand/NAME}: each a function expression after
 * leading {@code //} comment lines (dropped, so each call sends only the function). Every script
 * takes {@code dom.js} (the one reading of text, visibility, roles, names and locators) as its
 * first parameter: {@link #withDom} puts the module in front of it, so a call is still one {@code
 * evaluate} with data passed as its argument, never spliced into the source.
 */
public final class ScriptResource {

  /** {@code dom.js}: {@code () => {norm, phrase, visible, shown, roleOf, nameOf, find, ...}}. */
  public static final String DOM = load("dom.js");

  private ScriptResource() {}

  /** The function expression in {@code /errand/name}. */
  public static String load(String name) {
    String path = "/errand/" + name;
    try (InputStream in = ScriptResource.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.replaceFirst("(?s)^(//[^\\n]*\\n)+", "").trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * A function of {@code params} (e.g. {@code "el, table"}) that calls {@code script}, a function
   * of {@code (dom, params...)}, with a fresh {@code dom.js} module.
   */
  public static String withDom(String params, String script) {
    return "(" + params + ") => (" + script + ")((" + DOM + ")(), " + params + ")";
  }
}
