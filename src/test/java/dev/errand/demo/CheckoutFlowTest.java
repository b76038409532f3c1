package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Security check, checkout, payment, order; and that only paying records a payment. */
class CheckoutFlowTest {

  private static DemoShop openShop() throws Exception {
    return DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(-1)).withoutRivals());
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  @Test
  void checkoutAndPaymentNeedTheSecurityCheck() throws Exception {
    try (DemoShop shop = openShop()) {
      ShopClient client = new ShopClient(shop);
      client.addToBasket("standing", 1);

      HttpResponse<String> checkout = client.get("/checkout");
      assertEquals(303, checkout.statusCode());
      assertEquals("/security-check?next=/checkout", location(checkout));
      HttpResponse<String> payment = client.get("/payment");
      assertEquals(303, payment.statusCode());
      assertEquals("/security-check?next=/payment", location(payment));
      assertEquals(303, client.post("/checkout", ShopClient.contact()).statusCode());
      assertEquals(303, client.post("/payment", ShopClient.card()).statusCode());

      HttpResponse<String> wrong = client.postJson("/security-check/verify", "{\"token\":\"x\"}");
      assertEquals(400, wrong.statusCode());
      assertEquals(303, client.get("/checkout").statusCode(), "a wrong token does not verify");

      assertEquals(200, client.passSecurityCheck().statusCode());
      assertEquals(200, client.get("/checkout").statusCode());
      assertTrue(shop.payments().isEmpty());
    }
  }

  @Test
  void securityCheckPageCarriesTheDemoWidget() throws Exception {
    try (DemoShop shop = openShop()) {
      ShopClient client = new ShopClient(shop);
      String html = client.get("/security-check?next=/checkout").body();

      assertTrue(html.contains("<h1>Quick security check</h1>"));
      assertTrue(
          html.contains(
              "class=\"demo-challenge\" data-demo-challenge=\"v1\" role=\"group\""
                  + " aria-label=\"Security check (demo)\""),
          html);
      assertTrue(
          html.contains(
              "role=\"checkbox\" aria-checked=\"false\" tabindex=\"0\""
                  + " aria-label=\"I'm not a robot\""));
      assertTrue(html.contains(">I'm not a robot<"));
      assertTrue(html.contains("Demo security check — not a real CAPTCHA"));
      assertTrue(html.contains("data-next=\"/checkout\""));

      String offsite = client.get("/security-check?next=//evil.example/x").body();
      assertTrue(offsite.contains("data-next=\"/\""), "only same-origin paths");
      client.passSecurityCheck();
      HttpResponse<String> again = client.get("/security-check?next=/basket");
      assertEquals(303, again.statusCode(), "a verified session skips the check");
      assertEquals("/basket", location(again));
    }
  }

  @Test
  void verifiedCheckoutWithAnEmptyBasketGoesBackToTheBasket() throws Exception {
    try (DemoShop shop = openShop()) {
      ShopClient client = new ShopClient(shop);
      client.passSecurityCheck();

      HttpResponse<String> checkout = client.get("/checkout");
      assertEquals(303, checkout.statusCode());
      assertEquals("/basket", location(checkout));
      assertTrue(client.get("/basket").body().contains("Your basket is empty"));
    }
  }

  @Test
  void aWholePurchaseEndsInAnOrderAndOnePayment() throws Exception {
    try (DemoShop shop = openShop()) {
      ShopClient client = new ShopClient(shop);
      assertEquals(303, client.addToBasket("standing", 2).statusCode());
      assertEquals(200, client.passSecurityCheck().statusCode());

      String form = client.get("/checkout").body();
      assertTrue(form.contains("<label for=\"name\">Full name</label>"));
      assertTrue(form.contains("autocomplete=\"postal-code\""));
      Map<String, String> bad = ShopClient.contact();
      bad.put("email", "not-an-email");
      bad.put("phone", "");
      HttpResponse<String> invalid = client.post("/checkout", bad);
      assertEquals(422, invalid.statusCode());
      assertTrue(invalid.body().contains("Enter an email address in the correct format"));
      assertTrue(invalid.body().contains("Enter your phone number"));
      assertTrue(invalid.body().contains("value=\"Ada Lovelace\""), "keeps what was typed");

      HttpResponse<String> details = client.post("/checkout", ShopClient.contact());
      assertEquals(303, details.statusCode());
      assertEquals("/payment", location(details));
      HttpResponse<String> paymentPage = client.get("/payment");
      assertEquals(200, paymentPage.statusCode());
      assertTrue(paymentPage.body().contains("Pay £90.00"));
      assertTrue(
          paymentPage.body().contains("title=\"Secure card payment\" name=\"card-frame\""),
          "card fields in a frame by default");
      assertTrue(paymentPage.body().contains("<input type=\"hidden\" name=\"cardNumber\""));
      assertTrue(client.get("/__pay/card-frame").body().contains("autocomplete=\"cc-number\""));

      Map<String, String> badCard = ShopClient.card();
      badCard.put("cardNumber", "4242 4242 4242 4241");
      assertEquals(422, client.post("/payment", badCard).statusCode());
      assertTrue(shop.payments().isEmpty(), "a refused card records nothing");
      assertTrue(shop.orders().isEmpty());

      HttpResponse<String> paid = client.post("/payment", ShopClient.card());
      assertEquals(303, paid.statusCode());
      assertTrue(location(paid).matches("/orders/LT-\\d{6}"), location(paid));
      assertEquals(1, shop.payments().size());
      Payment payment = shop.payments().get(0);
      assertEquals(client.sid(), payment.session());
      assertEquals(9_000, payment.amountPence());
      assertEquals("4242", payment.cardLast4());
      Order order = shop.orders().get(0);
      assertEquals(payment.orderId(), order.id());
      assertEquals("standing", order.ticketType());
      assertEquals(2, order.quantity());
      assertEquals("£90.00", order.total());

      HttpResponse<String> confirmation = client.get(location(paid));
      assertEquals(200, confirmation.statusCode());
      assertTrue(confirmation.body().contains("Order confirmed"));
      assertTrue(confirmation.body().contains(order.id()));
      assertEquals(404, new ShopClient(shop).get(location(paid)).statusCode(), "others' order");
      assertEquals(58, shop.stockLeft(), "bought tickets stay sold");
      assertEquals(303, client.post("/payment", ShopClient.card()).statusCode());
      assertEquals(1, shop.payments().size(), "an empty basket cannot be paid twice");
    }
  }

  @Test
  void paymentsOnlyGrowOnPostPayment() throws Exception {
    try (DemoShop shop = openShop()) {
      ShopClient client = new ShopClient(shop);
      client.get("/");
      client.get("/events/aurora-live");
      client.addToBasket("vip", 1);
      client.get("/basket");
      client.passSecurityCheck();
      client.post("/checkout", ShopClient.contact());
      client.get("/payment");
      client.get("/payment?pay=1");
      client.post("/basket", Map.of("type", "vip", "quantity", "1"));
      assertTrue(shop.payments().isEmpty());
      assertTrue(shop.orders().isEmpty());

      client.post("/payment", ShopClient.card());
      assertEquals(1, shop.payments().size());
      assertEquals(24_000, shop.payments().get(0).amountPence());
    }
  }
}
