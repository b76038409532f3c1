package dev.errand.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads and caches the shop's templates, styles and scripts from {@code /demo/} on the classpath.
 */
final class Resources {

  private static final String ROOT = "/demo/";
  private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
  private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

  private Resources() {}

  /** The resource's text, e.g. {@code text("shop.css")}. */
  static String text(String name) {
    return TEXTS.computeIfAbsent(name, Resources::load);
  }

  /** The resource as a template, e.g. {@code template("basket.html")}. */
  static Template template(String name) {
    return TEMPLATES.computeIfAbsent(name, n -> new Template(n, text(n)));
  }

  private static String load(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing demo resource " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo resource " + ROOT + name, e);
    }
  }
}
