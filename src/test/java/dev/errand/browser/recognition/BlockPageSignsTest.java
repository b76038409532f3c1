package dev.errand.browser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Block pages as the common CDNs and bot managers word and mark them up; challenges are not. */
@Timeout(5)
class BlockPageSignsTest {

  @Test
  void cloudflaresBlockPage() {
    assertEquals(
        Optional.of("Cloudflare's block page ('Sorry, you have been blocked')"),
        BlockPageSigns.recognise(
            "Attention Required! | Cloudflare",
            "Sorry, you have been blocked",
            "Sorry, you have been blocked You are unable to access shop.example Why have I been"
                + " blocked? This website is using a security service to protect itself",
            true));
  }

  @Test
  void akamaisAccessDeniedWithItsReferenceNumber() {
    assertEquals(
        Optional.of("an Akamai block page ('Access Denied', with a reference number)"),
        BlockPageSigns.recognise(
            "Access Denied",
            "Access Denied",
            "Access Denied You don't have permission to access \"http://shop.example/\" on this"
                + " server. Reference #18.4f2e1002.1700000000.5a1b2c3",
            false));
  }

  @Test
  void genericWording() {
    assertEquals(
        Optional.of("a page saying 'Our systems have detected unusual traffic from your network'"),
        BlockPageSigns.recognise(
            "Sorry...", "", "Our systems have detected unusual traffic from your network", false));
    assertTrue(
        BlockPageSigns.recognise("Request blocked", "", "The request could not be satisfied", false)
            .isPresent());
  }

  @Test
  void challengesAndOrdinaryErrorsAreNotBlocks() {
    assertTrue(
        BlockPageSigns.recognise(
                "Access to this page has been denied",
                "",
                "Press & Hold to confirm you are a human (and not a bot).",
                false)
            .isEmpty(),
        "PerimeterX's Press & Hold is a challenge, the person's");
    assertTrue(
        BlockPageSigns.recognise("Just a moment...", "", "Checking your browser", false).isEmpty());
    assertTrue(BlockPageSigns.recognise("Not found", "404", "Page not found", false).isEmpty());
    assertTrue(
        BlockPageSigns.recognise(
                "Error 503", "Service temporarily unavailable", "Please try again later", true)
            .isEmpty(),
        "Cloudflare's markup alone is no block: its 503 page has it too");
  }
}
