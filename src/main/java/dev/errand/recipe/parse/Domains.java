package dev.errand.recipe.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host-name rules for {@code allowed-domains}: an entry allows its host and its subdomains. */
final class Domains {

  private static final Pattern HOST =
      Pattern.compile(
          "(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?");

  private Domains() {}

  /** Whether {@code entry} (already lower-cased) is a host name, optionally {@code *.}-prefixed. */
  static boolean isHostName(String entry) {
    return HOST.matcher(entry).matches();
  }

  /** Whether {@code host} is one of {@code allowed} or a subdomain of one. */
  static boolean allows(List<String> allowed, String host) {
    String h = strip(host.toLowerCase(Locale.ROOT));
    for (String entry : allowed) {
      String d = strip(entry.startsWith("*.") ? entry.substring(2) : entry);
      if (h.equals(d) || h.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String host) {
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }
}
