package dev.errand.browser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErrorPageSignsTest {

  static Optional<String> page(String title, String heading, String text) {
    return ErrorPageSigns.recognise(title, heading, text, text.length());
  }

  @Test
  void serversAndCdnsErrorPagesAreRecognisedWhateverTheirStatus() {
    assertEquals(
        Optional.of("its title says '503 Service Temporarily Unavailable'"),
        page(
            "503 Service Temporarily Unavailable", "503 Service Temporarily Unavailable", "nginx"));
    assertTrue(
        page("Service temporarily unavailable | shop.example | Cloudflare", "", "").isPresent());
    assertTrue(page("Error 503 · Service temporarily unavailable", "", "").isPresent());
    assertTrue(page("Access denied | shop.example used Cloudflare", "Error 1015", "").isPresent());
    assertTrue(page("502 Bad Gateway", "", "").isPresent());
    assertTrue(page("", "", "Too Many Requests").isPresent(), "a bare text answer");
    assertTrue(
        page("Lumen Tickets", "Sorry!", "Our servers are busy, please try again in a moment.")
            .isPresent());
    assertTrue(page("Tickets", "Internal Server Error", "Something went wrong.").isPresent());
  }

  @Test
  void ordinaryPagesAreNot() {
    assertEquals(Optional.empty(), page("Aurora Live · Lumen Tickets", "Aurora Live", "Sold out"));
    assertEquals(Optional.empty(), page("Checkout", "Your details", "Full name Email Phone"));
    assertEquals(Optional.empty(), page("Order 503 confirmed", "Thank you", "Order number 503"));
    assertEquals(
        Optional.empty(), page("Room 502", "Room 502 · Gateway Hotel", "Book room 502 now"));
    String help =
        "Buying tickets. ".repeat(60)
            + "If you see 'service temporarily unavailable', try again later.";
    assertEquals(
        Optional.empty(),
        ErrorPageSigns.recognise(
            "Help · Lumen Tickets", "Help", help.substring(0, 500), help.length()),
        "a help page that mentions an error further down");
  }
}
