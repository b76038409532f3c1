package dev.errand.browser.pw;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.errand.demo.DemoShop;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only: gets a browser's session on a demo shop to a page quickly, over the browser context's
 * own HTTP client (same cookies, no rendering): consent given, tickets held, the demo security
 * check passed as its script passes it, contact details sent.
 */
final class DemoVisitor {

  private static final Pattern TOKEN = Pattern.compile("data-token=\"([^\"]+)\"");

  private final Page page;
  private final DemoShop shop;
  private final APIRequestContext http;

  /** A fresh visitor: the context's cookies are cleared, then consent is given. */
  DemoVisitor(Page page, DemoShop shop) {
    this.page = page;
    this.shop = shop;
    this.http = page.request();
    page.context().clearCookies();
    page.context().addCookies(List.of(new Cookie("consent", "all").setUrl(url(""))));
  }

  String url(String path) {
    return shop.url().resolve(path).toString();
  }

  DemoVisitor holdTickets() {
    http.post(
        url("basket"),
        RequestOptions.create()
            .setForm(FormData.create().set("type", "standing").set("quantity", 2)));
    return this;
  }

  /** Passes the demo shop's own widget (only on a shop showing it). */
  DemoVisitor passDemoCheck() {
    String check = http.get(url("security-check?next=/checkout")).text();
    Matcher token = TOKEN.matcher(check);
    if (!token.find()) {
      throw new AssertionError("no demo widget on the security check");
    }
    http.post(
        url("security-check/verify"),
        RequestOptions.create()
            .setHeader("Content-Type", "application/json")
            .setData("{\"token\":\"" + token.group(1) + "\"}"));
    return this;
  }

  DemoVisitor giveContactDetails() {
    http.post(
        url("checkout"),
        RequestOptions.create()
            .setForm(
                FormData.create()
                    .set("name", "Ada Lovelace")
                    .set("email", "ada@example.com")
                    .set("phone", "07700 900982")
                    .set("postcode", "NW1 8EH")));
    return this;
  }
}
