package dev.errand.demo;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /payment} shows the order summary and card form (its fields in {@link CardFrame}'s
 * iframe unless configured otherwise); {@code POST /payment} takes the payment, records an {@link
 * Order} and a {@link Payment}, and shows the confirmation. Both need a verified session, contact
 * details and a non-empty basket.
 */
final class PaymentPage {

  private static final String PATH = "/payment";

  private final Shop shop;
  private final Layout layout;

  PaymentPage(Shop shop, Layout layout) {
    this.shop = Objects.requireNonNull(shop, "shop");
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  void show(ShopExchange ex) throws IOException {
    Ready ready = gate(ex);
    if (ready != null) {
      render(ex, 200, ready, Map.of(), Map.of());
    }
  }

  void submit(ShopExchange ex) throws IOException {
    Ready ready = gate(ex);
    if (ready == null) {
      return;
    }
    Map<String, String> form = ex.form();
    Validated<String> card = CardForm.validate(form, CardForm.thisMonth(shop.clock()));
    if (!card.ok()) {
      Map<String, String> values = new HashMap<>(form);
      values.remove("cvc");
      render(ex, 422, ready, values, card.errors());
      return;
    }
    Optional<Order> order = shop.pay(ex.session(), card.value(), ex.shopTime());
    if (order.isEmpty()) {
      ex.redirect("/basket");
      return;
    }
    ex.redirect("/orders/" + order.get().id());
  }

  /** What the payment page needs: the held basket and who is paying. */
  private record Ready(BasketSnapshot basket, ContactDetails contact) {}

  /** The basket and contact if the request may pay; otherwise redirects and returns null. */
  private Ready gate(ShopExchange ex) throws IOException {
    if (!SecurityGate.passed(ex, PATH)) {
      return null;
    }
    BasketSnapshot basket = shop.basket(ex.session(), shop.now());
    if (basket.isEmpty()) {
      ex.redirect("/basket");
      return null;
    }
    Optional<ContactDetails> contact = ex.session().contact();
    if (contact.isEmpty()) {
      ex.redirect("/checkout");
      return null;
    }
    return new Ready(basket, contact.get());
  }

  private void render(
      ShopExchange ex,
      int status,
      Ready ready,
      Map<String, String> values,
      Map<String, String> errors)
      throws IOException {
    Map<String, String> page = new HashMap<>();
    page.put("errorSummary", Validated.renderSummary(CardForm.FIELDS, errors));
    boolean inFrame = shop.config().cardFieldsInFrame();
    page.put(
        "fields",
        inFrame
            ? CardFrame.placeholder()
            : Validated.renderFields(CardForm.FIELDS, values, errors));
    page.put("rows", SummaryRows.render(ready.basket()));
    page.put("total", Money.format(ready.basket().totalPence()));
    page.put("name", ready.contact().name());
    page.put("email", ready.contact().email());
    page.put("holdRemaining", Times.minutesSeconds(ready.basket().remaining(shop.now())));
    String content = Resources.template("payment.html").render(page);
    String title = errors.isEmpty() ? "Payment" : "Error: Payment";
    ex.html(
        status,
        inFrame
            ? layout.page(ex, title, content, "card-host.js")
            : layout.page(ex, title, content));
  }
}
