package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholder substitution and escaping. */
class TemplateTest {

  @Test
  void escapesDoubleBracesAndKeepsTripleBraces() {
    Template template = new Template("t", "<p title=\"{{a}}\">{{ a }}</p>{{{b}}}");

    String out = template.render(Map.of("a", "<Tom & \"Jerry's\">", "b", "<em>{{a}}</em>"));

    assertEquals(
        "<p title=\"&lt;Tom &amp; &quot;Jerry&#39;s&quot;&gt;\">"
            + "&lt;Tom &amp; &quot;Jerry&#39;s&quot;&gt;</p><em>{{a}}</em>",
        out);
  }

  @Test
  void aMissingValueIsAnError() {
    Template template = new Template("t", "Hello {{name}}");

    assertThrows(IllegalArgumentException.class, () -> template.render(Map.of()));
  }

  @Test
  void aMissingResourceIsAnError() {
    assertThrows(IllegalStateException.class, () -> Resources.text("no-such-template.html"));
  }
}
