package dev.errand.demo;

import dev.errand.demo.DemoShopConfig.CardEntry;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /payment} shows the order summary and the card form: its fields in {@link CardFrame}'s
 * iframe, in the page, or no fields but a {@link SavedCard}, as {@link DemoShopConfig#cardEntry()}
 * says; {@code POST /payment} takes the payment, records an {@link Order} and a {@link Payment},
 * and shows the confirmation. Both need a verified session, contact details and a non-empty basket.
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
      boolean fields = SavedCard.anotherCardAsked(ex.query());
      render(ex, 200, ready, entryShown(fields), Map.of(), Map.of());
    }
  }

  void submit(ShopExchange ex) throws IOException {
    Ready ready = gate(ex);
    if (ready == null) {
      return;
    }
    Map<String, String> form = ex.form();
    String last4;
    if (shop.config().cardEntry() == CardEntry.SAVED && SavedCard.chosen(form)) {
      last4 = SavedCard.LAST4;
    } else if (shop.config().cardEntry() == CardEntry.ON_DELIVERY) {
      last4 = OnDelivery.NO_CARD;
    } else {
      Validated<String> card = CardForm.validate(form, CardForm.thisMonth(shop.clock()));
      if (!card.ok()) {
        Map<String, String> values = new HashMap<>(form);
        values.remove("cvc");
        render(ex, 422, ready, entryShown(true), values, card.errors());
        return;
      }
      last4 = card.valid();
    }
    Optional<Order> order = shop.pay(ex.session(), last4, ex.shopTime());
    if (order.isEmpty()) {
      ex.redirect("/basket");
      return;
    }
    ex.redirect("/orders/" + order.get().id());
  }

  /**
   * How this page takes the card; {@code fieldsAsked}: the customer chose card fields over a saved
   * card.
   */
  private CardEntry entryShown(boolean fieldsAsked) {
    CardEntry entry = shop.config().cardEntry();
    return entry == CardEntry.SAVED && fieldsAsked ? CardEntry.PAGE : entry;
  }

  /** What the payment page needs: the held basket and who is paying. */
  private record Ready(BasketSnapshot basket, ContactDetails contact) {}

  /** The basket and contact if the request may pay; otherwise redirects and returns null. */
  private @Nullable Ready gate(ShopExchange ex) throws IOException {
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
      CardEntry entry,
      Map<String, String> values,
      Map<String, String> errors)
      throws IOException {
    Map<String, String> page = new HashMap<>();
    page.put("errorSummary", Validated.renderSummary(CardForm.FIELDS, errors));
    page.put("fields", fields(entry, values, errors));
    page.put("rows", SummaryRows.render(ready.basket()));
    page.put("total", Money.format(ready.basket().totalPence()));
    page.put(
        "payLabel",
        entry == CardEntry.ON_DELIVERY
            ? OnDelivery.BUTTON
            : "Pay " + Money.format(ready.basket().totalPence()));
    page.put("name", ready.contact().name());
    page.put("email", ready.contact().email());
    page.put("holdRemaining", Times.minutesSeconds(ready.basket().remaining(shop.now())));
    String content = Resources.template("payment.html").render(page);
    String title = errors.isEmpty() ? "Payment" : "Error: Payment";
    ex.html(
        status,
        entry == CardEntry.FRAME
            ? layout.page(ex, title, content, "card-host.js")
            : layout.page(ex, title, content));
  }

  /** The form's card part: the frame, the fields, or the saved card. */
  private String fields(CardEntry entry, Map<String, String> values, Map<String, String> errors) {
    return switch (entry) {
      case FRAME -> CardFrame.placeholder();
      case SAVED -> SavedCard.option(CardForm.thisMonth(shop.clock()));
      case ON_DELIVERY -> OnDelivery.note();
      case PAGE ->
          Validated.renderFields(CardForm.FIELDS, values, errors)
              + (shop.config().cardEntry() == CardEntry.SAVED ? SavedCard.backLink() : "");
    };
  }
}
