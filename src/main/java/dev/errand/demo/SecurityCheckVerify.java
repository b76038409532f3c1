package dev.errand.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * {@code POST /security-check/verify}: the widget's call once the box is ticked. The body is {@code
 * {"token": "..."}} with the token the page was rendered with.
 */
final class SecurityCheckVerify implements Route {

  @Override
  public void handle(ShopExchange ex) throws IOException {
    JsonNode body = Json.parse(ex.body());
    String token = body.path("token").asText("");
    if (ex.session().verify(token)) {
      ex.json(200, Map.of("verified", true));
    } else {
      ex.json(
          400,
          Map.of("verified", false, "error", "This check has expired. Please reload the page."));
    }
  }
}
