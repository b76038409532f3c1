package dev.errand.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errand.run.HoldTime;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifyTest {

  static final Notification PAY =
      new Notification(
          "payment",
          "https://tickets.example.com/",
          "https://tickets.example.com/payment",
          "Pay in the browser window",
          Optional.of("09:57"),
          "20261121-190512-aurora");

  @Test
  void eachPresetShapesItsBody() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode own = json.readTree(WebhookPreset.JSON.body(PAY));
    assertEquals("payment", own.get("reason").asText());
    assertEquals("09:57", own.get("holdTime").asText());
    assertEquals("https://tickets.example.com/payment", own.get("url").asText());
    assertTrue(
        json.readTree(WebhookPreset.SLACK.body(PAY))
            .get("text")
            .asText()
            .contains("errand: payment on tickets.example.com"));
    assertTrue(
        json.readTree(WebhookPreset.DISCORD.body(PAY))
            .get("content")
            .asText()
            .contains("basket held for 09:57"));
    assertTrue(WebhookPreset.NTFY.body(PAY).startsWith("Pay in the browser window"));
    assertEquals(
        "https://tickets.example.com/payment", WebhookPreset.NTFY.headers(PAY).get("Click"));
    assertEquals("urgent", WebhookPreset.NTFY.headers(PAY).get("Priority"));
  }

  @Test
  void aRemoteTakeOverIsInEveryPreset() throws IOException {
    Notification remote =
        new Notification(
            PAY.reason(),
            PAY.site(),
            PAY.pageUrl(),
            PAY.message(),
            PAY.holdTime(),
            PAY.attempt(),
            Optional.of("http://127.0.0.1:9222 (chrome://inspect)"));
    assertEquals(
        "http://127.0.0.1:9222 (chrome://inspect)",
        new ObjectMapper().readTree(WebhookPreset.JSON.body(remote)).get("takeOver").asText());
    for (WebhookPreset preset : WebhookPreset.values()) {
      if (preset != WebhookPreset.JSON) {
        assertTrue(preset.body(remote).contains("take over at http://127.0.0.1:9222"), preset.id());
      }
    }
    assertFalse(WebhookPreset.JSON.body(PAY).contains("takeOver"), "only when there is one");
  }

  @Test
  void thePresetIsGuessedFromTheHost() {
    assertEquals(
        WebhookPreset.SLACK, WebhookPreset.guess("https://hooks.slack.com/services/T/B/x"));
    assertEquals(
        WebhookPreset.DISCORD, WebhookPreset.guess("https://discord.com/api/webhooks/1/x"));
    assertEquals(WebhookPreset.NTFY, WebhookPreset.guess("https://ntfy.sh/my-topic"));
    assertEquals(WebhookPreset.JSON, WebhookPreset.guess("https://example.org/hook"));
  }

  @Test
  void aWebhookIsPostedAndItsNameHidesThePath() throws IOException {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      WebhookNotifier ntfy =
          new WebhookNotifier(receiver.url("/secret-topic-123"), WebhookPreset.NTFY);
      Delivery d = ntfy.send(PAY);
      assertTrue(d.ok(), d.toString());
      assertFalse(ntfy.name().contains("secret-topic-123"), ntfy.name());
      WebhookReceiver.Received r = receiver.received().get(0);
      assertEquals("/secret-topic-123", r.path());
      assertTrue(r.body().contains("basket held for 09:57"), r.body());
      assertEquals("errand: payment on tickets.example.com", r.headers().get("Title").get(0));

      receiver.answer(500);
      Delivery failed = ntfy.send(PAY);
      assertFalse(failed.ok());
      assertEquals("HTTP 500", failed.detail());
    }
  }

  @Test
  void anUnreachableWebhookFailsWithoutThrowing() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Delivery d =
        new WebhookNotifier(URI.create("http://127.0.0.1:" + port + "/x"), WebhookPreset.JSON)
            .send(PAY);
    assertFalse(d.ok());
    assertTrue(d.detail().startsWith("could not send"), d.detail());
  }

  @Test
  void theHoldTimeIsReadFromThePage() {
    assertEquals(
        Optional.of("09:57"),
        HoldTime.inHtml("<p>Your tickets are held for <strong>09:57</strong></p>"));
    assertEquals(Optional.of("10 min"), HoldTime.inText("Seats reserved for 10 minutes"));
    assertEquals(Optional.of("4:59"), HoldTime.inText("Basket expires in 4:59"));
    assertEquals(Optional.empty(), HoldTime.inText("Doors open at 19:30"));
    assertEquals(
        Optional.empty(), HoldTime.inHtml("<script>var heldFor = '12:00';</script><p>Welcome</p>"));
  }
}
