package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The pattern the driver matches so that only off-site URLs reach errand's pop-up hold. */
@Timeout(10)
class SiteJailTest {

  @Test
  void onlyUrlsOffTheAllowedDomainsMatch() {
    Pattern off = SiteJail.offSite(List.of("127.0.0.1", "localhost", "*.example.com"));
    for (String on :
        List.of(
            "http://127.0.0.1:8080/events",
            "https://LOCALHOST/",
            "http://localhost",
            "https://example.com/x",
            "https://pay.example.com:443/?a=b",
            "http://user@127.0.0.1/")) {
      assertFalse(off.matcher(on).find(), on);
    }
    for (String away :
        List.of(
            "http://resale.localhost:8080/resale",
            "http://127.0.0.2/",
            "http://127.0.0.1.evil.net/",
            "https://badexample.com/",
            "https://example.com.evil.net/",
            "file:///etc/passwd",
            "chrome://settings",
            "data:text/html,hi")) {
      assertTrue(off.matcher(away).find(), away);
    }
  }
}
