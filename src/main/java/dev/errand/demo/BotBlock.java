package dev.errand.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bot manager in front of the shop ({@link DemoShopConfig#blockAfter()}): after that many page
 * loads (as {@link PageFaults} counts them) from one client IP, every further page load from it is
 * answered {@code 403 Forbidden} with an "Access Denied" page worded like Akamai's, reference
 * number and all. Off when the count is zero. Thread-safe.
 */
final class BotBlock implements Gate {

  private static final int MAX_CLIENTS = 4_096;

  private final int after;
  private final Map<InetAddress, AtomicInteger> loads = new ConcurrentHashMap<>();
  private final AtomicInteger blocked = new AtomicInteger();

  BotBlock(int after) {
    this.after = after;
  }

  @Override
  public boolean letsThrough(ShopExchange ex) throws IOException {
    if (after <= 0 || !PageFaults.isPageLoad(ex)) {
      return true;
    }
    if (loads.size() >= MAX_CLIENTS) {
      loads.clear();
    }
    int n = loads.computeIfAbsent(ex.client(), k -> new AtomicInteger()).incrementAndGet();
    if (n <= after) {
      return true;
    }
    blocked.incrementAndGet();
    ex.html(403, accessDenied(ex.header("Host").orElse("127.0.0.1") + ex.target()));
    return false;
  }

  /** Page loads answered 403 "Access Denied". */
  int blocked() {
    return blocked.get();
  }

  private static String accessDenied(String where) {
    return "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n"
        + " \nYou don't have permission to access \"http&#58;&#47;&#47;"
        + Html.escape(where)
        + "\" on this server.<P>\nReference&#32;&#35;18&#46;"
        + Integer.toHexString(where.hashCode() & 0xfffffff)
        + "&#46;"
        + System.currentTimeMillis() / 1000
        + "&#46;5a1b2c3\n</BODY>\n</HTML>\n";
  }
}
