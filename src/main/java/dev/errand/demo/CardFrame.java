package dev.errand.demo;

import java.io.IOException;
import java.util.Map;

/**
 * The payment page's card fields inside an iframe, as payment providers show them: the frame
 * ({@code GET /__pay/card-frame}, titled "Secure card payment") holds the inputs, with their {@code
 * autocomplete} tokens, and passes what a person types to the page by {@code postMessage}; the page
 * keeps it in hidden inputs of its own form, so its "Pay" button posts the same fields as ever.
 */
final class CardFrame {

  /** Where the frame is served. */
  static final String PATH = "/__pay/card-frame";

  /** The frame's title. */
  static final String TITLE = "Secure card payment";

  private CardFrame() {}

  /** What goes in the payment form instead of the fields: the iframe and the hidden inputs. */
  static String placeholder() {
    StringBuilder out = new StringBuilder();
    out.append("      <iframe class=\"card-frame\" title=\"")
        .append(TITLE)
        .append("\" name=\"card-frame\" src=\"")
        .append(PATH)
        .append("\" scrolling=\"no\"")
        .append(" style=\"display: block; width: 100%; height: 330px; border: 0;\"></iframe>\n");
    for (FormField field : CardForm.FIELDS) {
      out.append("      <input type=\"hidden\" name=\"")
          .append(Html.escape(field.name()))
          .append("\" data-card-field=\"")
          .append(Html.escape(field.name()))
          .append("\" value=\"\">\n");
    }
    return out.toString();
  }

  /** {@code GET /__pay/card-frame}: the card fields, empty. */
  static void show(ShopExchange ex) throws IOException {
    String html =
        Resources.template("card-frame.html")
            .render(
                Map.of(
                    "title",
                    TITLE,
                    "css",
                    Resources.text("shop.css"),
                    "fields",
                    Validated.renderFields(CardForm.FIELDS, Map.of(), Map.of()),
                    "script",
                    Resources.text("card-frame.js")));
    ex.html(200, html);
  }
}
