package dev.errand.demo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One visitor of a demo shop: a cookie jar and plain HTTP, no redirects followed. */
final class ShopClient {

  private static final Pattern TOKEN = Pattern.compile("data-token=\"([^\"]+)\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  ShopClient(DemoShop shop) {
    this.base = shop.url();
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  HttpResponse<String> head(String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()));
  }

  /**
   * {@code method path} without a body, with extra request headers (e.g. {@code Sec-Fetch-Dest}).
   */
  HttpResponse<String> send(String method, String path, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    return send(request);
  }

  HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    return post(path, form, Map.of());
  }

  /** {@code POST path} of a url-encoded form, with extra request headers. */
  HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Adds tickets: {@code POST /basket type=... quantity=...}. */
  HttpResponse<String> addToBasket(String type, int quantity)
      throws IOException, InterruptedException {
    return post("/basket", Map.of("type", type, "quantity", Integer.toString(quantity)));
  }

  /** {@link #addToBasket} of one standing ticket; null if the connection closed unanswered. */
  HttpResponse<String> addToBasketOrNothing() throws InterruptedException {
    try {
      return addToBasket("standing", 1);
    } catch (IOException dropped) {
      return null;
    }
  }

  /** Loads the security check and ticks the box the way its script does. */
  HttpResponse<String> passSecurityCheck() throws IOException, InterruptedException {
    HttpResponse<String> page = get("/security-check?next=/checkout");
    Matcher token = TOKEN.matcher(page.body());
    if (page.statusCode() != 200 || !token.find()) {
      throw new AssertionError("no security check page: " + page.statusCode());
    }
    return postJson("/security-check/verify", "{\"token\":\"" + token.group(1) + "\"}");
  }

  /** Valid checkout details. */
  static Map<String, String> contact() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "Ada Lovelace");
    form.put("email", "ada@example.com");
    form.put("phone", "07700 900982");
    form.put("postcode", "NW1 8EH");
    return form;
  }

  /** A valid test card. */
  static Map<String, String> card() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("cardNumber", "4242 4242 4242 4242");
    form.put("expiry", "12 / 39");
    form.put("cvc", "123");
    form.put("cardName", "A LOVELACE");
    return form;
  }

  /** The value of a cookie the shop set, if it did. */
  Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** The session cookie, once the shop has set it. */
  String sid() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("sid"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sid cookie"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(
        request.timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
