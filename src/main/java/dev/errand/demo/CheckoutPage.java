package dev.errand.demo;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /checkout} shows the contact form; {@code POST /checkout} checks it (422 with
 * per-field errors) and moves on to payment. Both need a verified session and a non-empty basket.
 */
final class CheckoutPage {

  private static final String PATH = "/checkout";

  private final Shop shop;
  private final Layout layout;

  CheckoutPage(Shop shop, Layout layout) {
    this.shop = Objects.requireNonNull(shop, "shop");
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  void show(ShopExchange ex) throws IOException {
    BasketSnapshot basket = gate(ex);
    if (basket == null) {
      return;
    }
    Map<String, String> values = ex.session().contact().map(ContactForm::values).orElse(Map.of());
    render(ex, 200, basket, values, Map.of());
  }

  void submit(ShopExchange ex) throws IOException {
    BasketSnapshot basket = gate(ex);
    if (basket == null) {
      return;
    }
    Map<String, String> form = ex.form();
    Validated<ContactDetails> result = ContactForm.validate(form);
    if (!result.ok()) {
      render(ex, 422, basket, form, result.errors());
      return;
    }
    ex.session().contact(result.valid());
    ex.redirect("/payment");
  }

  /** The basket if the request may see checkout; otherwise redirects and returns null. */
  private @Nullable BasketSnapshot gate(ShopExchange ex) throws IOException {
    if (!SecurityGate.passed(ex, PATH)) {
      return null;
    }
    BasketSnapshot basket = shop.basket(ex.session(), shop.now());
    if (basket.isEmpty()) {
      ex.redirect("/basket");
      return null;
    }
    return basket;
  }

  private void render(
      ShopExchange ex,
      int status,
      BasketSnapshot basket,
      Map<String, String> values,
      Map<String, String> errors)
      throws IOException {
    Map<String, String> page = new HashMap<>();
    page.put("errorSummary", Validated.renderSummary(ContactForm.FIELDS, errors));
    page.put("fields", Validated.renderFields(ContactForm.FIELDS, values, errors));
    page.put("rows", SummaryRows.render(basket));
    page.put("total", Money.format(basket.totalPence()));
    String content = Resources.template("checkout.html").render(page);
    String title = errors.isEmpty() ? "Your details" : "Error: Your details";
    ex.html(status, layout.page(ex, title, content));
  }
}
