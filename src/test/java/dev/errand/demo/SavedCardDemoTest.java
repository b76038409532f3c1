package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShopConfig.CardEntry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CardEntry#SAVED}: a payment page with a saved card and a Pay button, no card fields and no
 * provider frame, whose Pay pays like any other.
 */
class SavedCardDemoTest {

  private static DemoShop savedCardShop() throws Exception {
    return DemoShop.start(
        DemoShopConfig.opensIn(Duration.ofSeconds(-1))
            .withoutRivals()
            .withCardEntry(CardEntry.SAVED));
  }

  private static ShopClient atPayment(DemoShop shop) throws Exception {
    ShopClient client = new ShopClient(shop);
    client.addToBasket("standing", 2);
    client.passSecurityCheck();
    assertEquals(303, client.post("/checkout", ShopClient.contact()).statusCode());
    return client;
  }

  @Test
  void thePaymentPageShowsTheSavedCardAndAPayButtonButNoCardFieldsOrFrame() throws Exception {
    try (DemoShop shop = savedCardShop()) {
      String page = atPayment(shop).get("/payment").body();
      assertTrue(page.contains("Visa •••• 4242"), page);
      assertTrue(page.contains("name=\"paymentMethod\" value=\"saved-card\" checked"), page);
      assertTrue(page.contains(">Pay £90.00</button>"), page);
      assertTrue(page.contains("href=\"/payment?card=new\">Use another card</a>"), page);
      assertTrue(page.contains("Order summary"), page);
      assertFalse(page.contains("autocomplete=\"cc-"), page);
      assertFalse(page.contains("<iframe"), page);
      assertFalse(page.contains("card-host.js"), page);
    }
  }

  @Test
  void payingWithTheSavedCardIsAPayment() throws Exception {
    try (DemoShop shop = savedCardShop()) {
      ShopClient client = atPayment(shop);
      var paid = client.post("/payment", Map.of("paymentMethod", "saved-card"));
      assertEquals(303, paid.statusCode());
      assertTrue(paid.headers().firstValue("Location").orElse("").startsWith("/orders/LT-"));
      assertEquals(1, shop.payments().size());
      assertEquals("4242", shop.payments().get(0).cardLast4());
      assertEquals(9000, shop.payments().get(0).amountPence());
    }
  }

  @Test
  void anotherCardShowsCardFieldsInThePageAndTheyAreChecked() throws Exception {
    try (DemoShop shop = savedCardShop()) {
      ShopClient client = atPayment(shop);
      String page = client.get("/payment?card=new").body();
      assertTrue(page.contains("autocomplete=\"cc-number\""), page);
      assertFalse(page.contains("value=\"saved-card\""), page);
      assertTrue(page.contains("Pay with your saved Visa •••• 4242"), page);
      var refused = client.post("/payment", Map.of("cardNumber", "1234"));
      assertEquals(422, refused.statusCode());
      assertTrue(refused.body().contains("Enter a valid card number"), refused.body());
      assertTrue(shop.payments().isEmpty());
      assertEquals(303, client.post("/payment", ShopClient.card()).statusCode());
      assertEquals(1, shop.payments().size());
    }
  }

  @Test
  void otherShopsDoNotTakeTheSavedCard() throws Exception {
    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(-1)).withoutRivals())) {
      ShopClient client = atPayment(shop);
      assertEquals(
          422, client.post("/payment", Map.of("paymentMethod", "saved-card")).statusCode());
      assertTrue(shop.payments().isEmpty());
    }
  }
}
