package dev.errand.attempt;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What "the same site" means for errand's one-run-per-site lock: the site's registrable domain
 * ({@code shop.example.co.uk} and {@code www.example.co.uk} are both {@code example.co.uk}), read
 * without the Public Suffix List: the last two labels, or three under a two-letter country code
 * whose second level is a common public one ({@code co}, {@code com}, {@code org}, {@code ac}, …).
 * An IP address or a name without a dot ({@code localhost}) is no registrable domain: there the
 * host and port are the site, so two shops served on one loopback address are two sites.
 */
final class SiteKey {

  private static final Set<String> PUBLIC_SECOND_LEVELS =
      Set.of("co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gv", "ltd", "plc");

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private static final Pattern UNSAFE = Pattern.compile("[^a-z0-9._-]");

  private SiteKey() {}

  /** The site's key, e.g. {@code example.co.uk} or {@code 127.0.0.1:8080}. */
  static String of(URI site) {
    String host = site.getHost();
    if (host == null || host.isBlank()) {
      host = String.valueOf(site.getAuthority());
    }
    host = host.toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (IPV4.matcher(host).matches() || host.contains(":") || !host.contains(".")) {
      return host + ":" + port(site);
    }
    String[] labels = host.split("\\.");
    int n = labels.length;
    if (n <= 2) {
      return host;
    }
    boolean countrySecondLevel =
        labels[n - 1].length() == 2 && PUBLIC_SECOND_LEVELS.contains(labels[n - 2]);
    int keep = countrySecondLevel ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
  }

  /** The key as a file name: only {@code [a-z0-9._-]}. */
  static String fileName(String key) {
    return UNSAFE.matcher(key).replaceAll("_") + ".lock";
  }

  private static int port(URI site) {
    if (site.getPort() >= 0) {
      return site.getPort();
    }
    return "http".equalsIgnoreCase(site.getScheme()) ? 80 : 443;
  }
}
