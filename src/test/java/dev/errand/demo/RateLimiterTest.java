package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The rate limit's rules, on a clock the test moves. */
@Timeout(10)
class RateLimiterTest {

  private static final Optional<String> NO_DEST = Optional.empty();
  private static final Optional<String> DOCUMENT = Optional.of("document");

  private long nowMillis;
  private final InetAddress ip = address(1);

  @Test
  void offAdmitsEverything() {
    RateLimiter off = new RateLimiter(0, this::nanos);
    for (int i = 0; i < 5; i++) {
      assertTrue(off.admits(ip, "HEAD", "/", NO_DEST));
    }
    assertEquals(0, off.refused());
    assertEquals(0, off.violations());
  }

  @Test
  void aLoadTooSoonAfterTheLastAdmittedIsRefusedAndShutsTheIpOutForThreeSeconds() {
    RateLimiter limiter = new RateLimiter(2, this::nanos); // one load per 500 ms
    assertTrue(at(0, limiter, "GET", "/", NO_DEST));
    assertTrue(at(600, limiter, "GET", "/", DOCUMENT));
    assertFalse(at(700, limiter, "GET", "/", NO_DEST), "100 ms after the last");
    assertFalse(at(3_650, limiter, "HEAD", "/", NO_DEST), "still shut out");
    assertEquals(2, limiter.refused());
    assertEquals(2, limiter.violations());

    assertTrue(at(3_800, limiter, "GET", "/", NO_DEST), "the shut-out is over");
    assertEquals(3, limiter.violations(), "but 150 ms after the refused load: a violation");
    assertTrue(at(4_400, limiter, "GET", "/", NO_DEST));
    assertEquals(2, limiter.refused());
    assertEquals(3, limiter.violations());
  }

  @Test
  void aBrowsersResendOfADroppedLoadIsPartOfThatLoadAndALaterOneIsNot() {
    RateLimiter limiter = new RateLimiter(1, this::nanos);
    assertTrue(at(0, limiter, "POST", "/basket", DOCUMENT));
    nowMillis = 1;
    limiter.dropped(ip, "POST", "/basket");
    assertTrue(at(5, limiter, "POST", "/basket", DOCUMENT), "the resend");
    assertTrue(at(200, limiter, "POST", "/basket", DOCUMENT), "another resend");
    assertFalse(at(210, limiter, "GET", "/", DOCUMENT), "another page is a new load");
    assertEquals(1, limiter.refused());

    RateLimiter fresh = new RateLimiter(1, this::nanos);
    assertTrue(at(1_000, fresh, "POST", "/basket", DOCUMENT));
    nowMillis = 1_001;
    fresh.dropped(ip, "POST", "/basket");
    assertFalse(at(1_300, fresh, "POST", "/basket", DOCUMENT), "past the window: a new load");
  }

  @Test
  void subResourcesNeverCountAndAreNeverLimited() {
    RateLimiter limiter = new RateLimiter(1, this::nanos);
    assertTrue(at(0, limiter, "GET", "/", NO_DEST));
    assertFalse(at(10, limiter, "GET", "/", NO_DEST));
    for (String dest : new String[] {"image", "script", "style", "iframe", "empty"}) {
      assertTrue(at(20, limiter, "GET", "/favicon.ico", Optional.of(dest)), dest);
    }
    assertTrue(at(3_100, limiter, "GET", "/", Optional.of("Document")), "any case");
    assertEquals(1, limiter.refused());
  }

  @Test
  void aGetFollowingTheShopsRedirectBelongsToTheRedirectedLoadOnce() {
    RateLimiter limiter = new RateLimiter(1, this::nanos);
    assertTrue(at(0, limiter, "POST", "/basket", DOCUMENT));
    limiter.redirected(ip, "/basket");
    assertTrue(at(30, limiter, "GET", "/basket", DOCUMENT), "follows the redirect");
    assertFalse(at(60, limiter, "GET", "/basket", DOCUMENT), "the redirect is used up");
    assertEquals(1, limiter.refused());
  }

  @Test
  void onlyAGetOfTheSamePathWithinTwoSecondsFollowsARedirect() {
    RateLimiter limiter = new RateLimiter(1, this::nanos);
    assertTrue(at(0, limiter, "POST", "/checkout", DOCUMENT));
    limiter.redirected(ip, "/security-check?next=/checkout");
    assertFalse(at(10, limiter, "GET", "/elsewhere", DOCUMENT), "another path");

    RateLimiter head = new RateLimiter(1, this::nanos);
    assertTrue(at(10_000, head, "POST", "/basket", DOCUMENT));
    head.redirected(ip, "/basket");
    assertFalse(at(10_030, head, "HEAD", "/basket", DOCUMENT), "not a GET");

    RateLimiter slow = new RateLimiter(1, this::nanos);
    slow.redirected(ip, "/basket"); // at 10 030 ms
    assertTrue(at(14_500, slow, "GET", "/basket", DOCUMENT), "counted: the redirect is stale");
    assertFalse(at(14_600, slow, "GET", "/basket", DOCUMENT));
  }

  @Test
  void eachIpHasItsOwnLimit() {
    RateLimiter limiter = new RateLimiter(1, this::nanos);
    assertTrue(at(0, limiter, "GET", "/", NO_DEST));
    nowMillis = 10;
    assertTrue(limiter.admits(address(2), "GET", "/", NO_DEST));
    assertFalse(limiter.admits(ip, "GET", "/", NO_DEST));
  }

  private boolean at(
      long millis, RateLimiter limiter, String method, String path, Optional<String> dest) {
    nowMillis = millis;
    return limiter.admits(ip, method, path, dest);
  }

  private long nanos() {
    return nowMillis * 1_000_000;
  }

  private static InetAddress address(int last) {
    try {
      return InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) last});
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
