package dev.errand.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Wraps page content in the site's chrome: header, nav, footer, styles and the {@link Overlays}
 * (the cookie banner, the newsletter pop-up).
 */
final class Layout {

  private final Shop shop;

  Layout(Shop shop) {
    this.shop = Objects.requireNonNull(shop, "shop");
  }

  /**
   * A complete page.
   *
   * @param ex the request (its session's basket fills the header badge)
   * @param title the document title before " · Lumen Tickets"
   * @param content the page's main content, already rendered
   * @param scripts resource names of scripts to inline after the content
   */
  String page(ShopExchange ex, String title, String content, String... scripts) {
    StringBuilder inline = new StringBuilder();
    for (String script : scripts) {
      inline.append("<script>\n").append(Resources.text(script)).append("</script>\n");
    }
    int inBasket = ex.sessionIfAny().map(s -> shop.ticketsHeld(s, shop.now())).orElse(0);
    Map<String, String> values = new HashMap<>();
    values.put("title", title);
    values.put("css", Resources.text("shop.css"));
    values.put("content", content);
    values.put("basketCount", Integer.toString(inBasket));
    values.put("basketBadgeClass", inBasket > 0 ? "badge" : "badge badge-empty");
    values.put("overlays", Overlays.scripts(shop.config()));
    values.put("scripts", inline.toString());
    values.put("resaleUrl", Resale.url(ex));
    values.put("year", Integer.toString(shop.now().atZone(Times.LONDON).getYear()));
    return Resources.template("layout.html").render(values);
  }
}
