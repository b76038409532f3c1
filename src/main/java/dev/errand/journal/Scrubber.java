package dev.errand.journal;

import dev.errand.recipe.CardNumbers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces secret values and card numbers in a text errand is about to keep (a page's HTML, a
 * trace's text files): each secret as written, HTML-escaped, URL-encoded and JSON-escaped, and
 * every run of digits that reads as a card number ({@link CardNumbers}).
 */
public final class Scrubber {

  /** What stands in for a removed value. */
  public static final String HIDDEN = "••••••";

  /** Scrubs card numbers only. */
  public static final Scrubber CARDS_ONLY = new Scrubber(List.of());

  private final List<String> secrets;
  private final List<String> forms;

  /** A scrubber of {@code secrets} (blank ones are ignored) and of card numbers. */
  public Scrubber(Collection<String> secrets) {
    Set<String> values = new LinkedHashSet<>();
    for (String s : secrets) {
      if (s != null && !s.isBlank()) {
        values.add(s);
        values.add(s.strip());
      }
    }
    this.secrets = List.copyOf(values);
    Set<String> all = new LinkedHashSet<>();
    for (String s : values) {
      all.add(s);
      all.add(html(s));
      all.add(htmlAll(s));
      all.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
      all.add(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
      all.add(json(s, false));
      all.add(json(s, true));
    }
    List<String> sorted = new ArrayList<>(all);
    // longest first, so that a secret inside another is not half replaced
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.forms = List.copyOf(sorted);
  }

  /** The secret values this scrubber removes, as given. */
  public List<String> secrets() {
    return secrets;
  }

  /** {@code text} with every secret value and card number replaced by {@link #HIDDEN}. */
  public String scrub(String text) {
    return scrub(text, HIDDEN);
  }

  /** {@code text} with every secret value and card number replaced by {@code replacement}. */
  public String scrub(String text, String replacement) {
    return CardNumbers.mask(secretsOut(text, replacement), replacement);
  }

  /**
   * For data files (JSON): each secret replaced by {@code ######} and each card number's digits by
   * zeros, so that a number stays a number.
   */
  public String scrubData(String text) {
    return CardNumbers.replaceIn(secretsOut(text, "######"), card -> card.replaceAll("\\d", "0"));
  }

  private String secretsOut(String text, String replacement) {
    String out = text;
    for (String form : forms) {
      if (out.contains(form)) {
        out = out.replace(form, replacement);
      }
    }
    return out;
  }

  /** Whether {@code text} holds a secret value or a card number, in any form it scrubs. */
  public boolean finds(String text) {
    return !scrub(text).equals(text);
  }

  private static String html(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  /** HTML escaping as a browser serializes an attribute or text: also {@code '} left alone. */
  private static String htmlAll(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("\u00a0", "&nbsp;");
  }

  private static String json(String s, boolean htmlSafe) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || (htmlSafe && (c == '<' || c == '>' || c == '&' || c == '\''))) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
