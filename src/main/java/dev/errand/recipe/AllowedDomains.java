package dev.errand.recipe;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a recipe's {@code allowed-domains} entries match a host. An entry written as a plain host
 * ({@code shop.example.com}, {@code localhost}, {@code 127.0.0.1}) allows that host only. An entry
 * written as {@code .example.com} or {@code *.example.com} allows {@code example.com} and every
 * host under it ({@code tickets.example.com}), label by label: never by string suffix, so it never
 * allows {@code badexample.com}. Case and one trailing dot are ignored on both sides.
 */
public final class AllowedDomains {

  private static final Pattern IPV4 = Pattern.compile("[0-9]+(\\.[0-9]+){3}");

  private AllowedDomains() {}

  /** Whether {@code host} is allowed by one of {@code entries}; an empty host never is. */
  public static boolean allows(List<String> entries, String host) {
    String h = normal(host);
    if (h.isEmpty()) {
      return false;
    }
    for (String entry : entries) {
      String e = normal(entry);
      boolean withSubdomains = e.startsWith("*.") || e.startsWith(".");
      String domain = e.substring(e.startsWith("*.") ? 2 : withSubdomains ? 1 : 0);
      if (domain.isEmpty()) {
        continue;
      }
      if (h.equals(domain)
          || (withSubdomains && !IPV4.matcher(h).matches() && isUnder(h, domain))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a top-level page may open {@code url}: an http(s) URL whose host is allowed. Any other
   * scheme ({@code file:}, {@code chrome:}, {@code javascript:}, {@code data:}) never may.
   */
  public static boolean allowsPage(List<String> entries, String url) {
    URI uri;
    try {
      uri = URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return false;
    }
    return uri.getHost() != null && allows(entries, uri.getHost());
  }

  /** What {@code entries} let a recipe reach, for a person: "127.0.0.1, shop.example.com and …". */
  public static String describe(List<String> entries) {
    StringBuilder out = new StringBuilder();
    for (String entry : entries) {
      if (out.length() > 0) {
        out.append(", ");
      }
      String e = normal(entry);
      if (e.startsWith("*.") || e.startsWith(".")) {
        String domain = e.substring(e.startsWith("*.") ? 2 : 1);
        out.append(domain).append(" and every host under it (*.").append(domain).append(')');
      } else {
        out.append(e);
      }
    }
    return out.toString();
  }

  /** The host, lower-cased, without a trailing dot or IPv6 brackets. */
  private static String normal(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  /** Whether {@code host} is a subdomain of {@code domain}: it ends in a whole label sequence. */
  private static boolean isUnder(String host, String domain) {
    return host.length() > domain.length() + 1
        && host.endsWith(domain)
        && host.charAt(host.length() - domain.length() - 1) == '.';
  }
}
