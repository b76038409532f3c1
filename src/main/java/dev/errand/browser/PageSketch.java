package dev.errand.browser;

import java.util.List;
import java.util.Optional;

/**
 * What one look at a page found, for writing a recipe: its title and main heading, the buttons and
 * links a person could press (role and accessible name, the page's own content first), its form
 * fields by label (never a value, never a payment card field), and the cookie banner covering it
 * with the button that accepts it, when there is one.
 */
public record PageSketch(
    String url,
    String title,
    String heading,
    List<Control> controls,
    List<Field> fields,
    Optional<Banner> cookieBanner) {

  public PageSketch {
    controls = List.copyOf(controls);
    fields = List.copyOf(fields);
  }

  /** A button or link: {@code role} is {@code button} or {@code link}. */
  public record Control(String role, String name) {}

  /**
   * A form field by its label: {@code kind} is {@code text}, {@code password}, {@code select} or
   * {@code check}; {@code autocomplete} is the field's own hint ({@code email}, {@code
   * postal-code}, …), empty when it gives none.
   */
  public record Field(String label, String kind, String autocomplete, String type) {}

  /** A cookie banner: what it is ("the OneTrust cookie banner") and its accept button's label. */
  public record Banner(String what, String button) {}
}
