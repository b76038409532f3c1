package dev.errand.demo;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /basket}: holds tickets, or explains with a 403, 400 or 409 page why not. Before the
 * announced instant the 403 says "Too early" and when sales open; after it, while a late commit
 * still keeps the sale shut, "Sales have not started yet".
 */
final class AddToBasket implements Route {

  private static final Logger LOG = LoggerFactory.getLogger(AddToBasket.class);

  private final Shop shop;
  private final MessagePage messages;

  AddToBasket(Shop shop, MessagePage messages) {
    this.shop = Objects.requireNonNull(shop, "shop");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    Map<String, String> form = ex.form();
    AddResult result =
        shop.addToBasket(ex.session(), form.get("type"), form.get("quantity"), ex.shopTime());
    if (result instanceof AddResult.Added) {
      ex.redirect("/basket");
    } else if (result instanceof AddResult.TooEarly tooEarly) {
      LOG.info(
          "too early: POST /basket from session {} {} ms before the announced opening{}",
          ex.session().id(),
          Duration.between(ex.shopTime(), tooEarly.opensAt()).toMillis(),
          ex.shopTime().isBefore(tooEarly.opensAt()) ? "" : " (the sale has not really opened)");
      messages.send(
          ex, 403, ex.shopTime().isBefore(tooEarly.opensAt()) ? tooEarly(tooEarly) : notStarted());
    } else if (result instanceof AddResult.Invalid invalid) {
      messages.badRequest(ex, invalid.reason());
    } else if (result instanceof AddResult.OverLimit overLimit) {
      messages.send(ex, 400, overLimit(overLimit));
    } else if (result instanceof AddResult.NotEnoughStock notEnough) {
      messages.send(ex, 409, notEnough(notEnough));
    } else {
      throw new IllegalStateException("unhandled basket result " + result);
    }
  }

  private static MessagePage.Message tooEarly(AddResult.TooEarly result) {
    return new MessagePage.Message(
        "Too early",
        "Too early — sales open at " + Times.utcClock(result.opensAt()),
        "Tickets for "
            + AuroraEvent.NAME
            + " aren't on sale yet. The event page will open the"
            + " sale automatically when the countdown ends.",
        AuroraEvent.PATH,
        "Back to the event");
  }

  /**
   * After the announced instant while a late commit keeps the sale shut: no time to point at, as a
   * shop whose release has not gone live says.
   */
  private static MessagePage.Message notStarted() {
    return new MessagePage.Message(
        "Sales have not started",
        "Sales have not started yet",
        "Tickets for "
            + AuroraEvent.NAME
            + " aren't on sale yet. The sale is about to open: please try again in a moment.",
        AuroraEvent.PATH,
        "Back to the event");
  }

  private static MessagePage.Message overLimit(AddResult.OverLimit result) {
    String text =
        result.alreadyHas() == 0
            ? "Please choose a smaller quantity."
            : "You already have "
                + result.alreadyHas()
                + (result.alreadyHas() == 1 ? " ticket" : " tickets")
                + " for this event.";
    return new MessagePage.Message(
        "Ticket limit reached",
        "You can buy at most " + result.limit() + " tickets per customer",
        text,
        AuroraEvent.PATH,
        "Back to the event");
  }

  private static MessagePage.Message notEnough(AddResult.NotEnoughStock result) {
    if (result.left() == 0) {
      return new MessagePage.Message(
          "Sold out",
          "Sold out",
          "Sorry, every ticket for " + AuroraEvent.NAME + " has gone.",
          AuroraEvent.PATH,
          "Back to the event");
    }
    return new MessagePage.Message(
        "Not enough tickets",
        "Only " + result.left() + " left",
        "There aren't enough tickets left for that quantity. Please choose fewer.",
        AuroraEvent.PATH,
        "Back to the event");
  }
}
