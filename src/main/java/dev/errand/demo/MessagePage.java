package dev.errand.demo;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/** A page that only says something: errors, refusals, "not found". */
final class MessagePage {

  /** What the page says, and where its one button goes. */
  record Message(String title, String heading, String text, String linkHref, String linkText) {}

  private final Layout layout;

  MessagePage(Layout layout) {
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  void send(ShopExchange ex, int status, Message message) throws IOException {
    String content =
        Resources.template("message.html")
            .render(
                Map.of(
                    "heading", message.heading(),
                    "text", message.text(),
                    "linkHref", message.linkHref(),
                    "linkText", message.linkText(),
                    "statusClass", status >= 500 ? "message-error" : "message-warn"));
    ex.html(status, layout.page(ex, message.title(), content));
  }

  void notFound(ShopExchange ex) throws IOException {
    send(
        ex,
        404,
        new Message(
            "Page not found",
            "We can't find that page",
            "The page may have moved, or the link may be wrong.",
            "/",
            "Go to the home page"));
  }

  void badRequest(ShopExchange ex, String reason) throws IOException {
    send(
        ex,
        400,
        new Message(
            "Bad request",
            "Something's not right with that request",
            reason,
            AuroraEvent.PATH,
            "Back to the event"));
  }

  void methodNotAllowed(ShopExchange ex, String allow) throws IOException {
    ex.addHeader("Allow", allow);
    send(
        ex,
        405,
        new Message(
            "Method not allowed",
            "That doesn't work here",
            "This page does not accept " + ex.method() + " requests.",
            "/",
            "Go to the home page"));
  }

  void serverError(ShopExchange ex) throws IOException {
    send(
        ex,
        500,
        new Message(
            "Something went wrong",
            "Sorry, something went wrong",
            "Our ticketing system hit a problem. Please try again in a moment.",
            "/",
            "Go to the home page"));
  }
}
