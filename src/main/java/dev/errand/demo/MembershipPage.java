package dev.errand.demo;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /membership}: a form that links a membership (full name, membership number, password) and,
 * on submit, a page that shows every submitted value back, as text and in the form again, password
 * included. Never a match: it is the fixture for errand keeping typed secrets and card numbers out
 * of what it saves (a careless shop's page that echoes what was typed).
 */
final class MembershipPage {

  static final String PATH = "/membership";

  private record Field(String name, String label, String type, String autocomplete) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("name", "Full name", "text", "name"),
          new Field("member", "Membership number", "text", "off"),
          new Field("password", "Password", "password", "current-password"));

  private final Layout layout;

  MembershipPage(Layout layout) {
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  void show(ShopExchange ex) throws IOException {
    ex.html(200, layout.page(ex, "Link your membership", form(Map.of(), "")));
  }

  void submit(ShopExchange ex) throws IOException {
    Map<String, String> form = ex.form();
    StringBuilder echo =
        new StringBuilder(
            "<h2>Check your membership details</h2>"
                + "<p>No membership matches the details you entered:</p><dl class=\"echo\">");
    for (Field f : FIELDS) {
      echo.append("<dt>")
          .append(Html.escape(f.label()))
          .append("</dt><dd>")
          .append(Html.escape(form.getOrDefault(f.name(), "")))
          .append("</dd>");
    }
    echo.append("</dl>");
    ex.html(200, layout.page(ex, "Check your membership details", form(form, echo.toString())));
  }

  private static String form(Map<String, String> values, String before) {
    StringBuilder out = new StringBuilder("<section class=\"membership\">");
    out.append(before)
        .append("<h1>Link your membership</h1>")
        .append("<form method=\"post\" action=\"")
        .append(PATH)
        .append("\">");
    for (Field f : FIELDS) {
      out.append("<div class=\"field\"><label for=\"m-")
          .append(f.name())
          .append("\">")
          .append(Html.escape(f.label()))
          .append("</label><input class=\"input\" id=\"m-")
          .append(f.name())
          .append("\" name=\"")
          .append(f.name())
          .append("\" type=\"")
          .append(f.type())
          .append("\" autocomplete=\"")
          .append(f.autocomplete())
          .append("\" value=\"")
          .append(Html.escape(values.getOrDefault(f.name(), "")))
          .append("\"></div>");
    }
    out.append(
        "<button class=\"button\" type=\"submit\">Link membership</button></form></section>");
    return out.toString();
  }
}
