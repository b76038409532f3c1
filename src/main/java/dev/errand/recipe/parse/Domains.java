package dev.errand.recipe.parse;

import dev.errand.recipe.AllowedDomains;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Host-name rules for {@code allowed-domains}: an entry allows its host only, and its subdomains
 * too when written {@code .example.com} or {@code *.example.com} ({@link AllowedDomains}).
 */
final class Domains {

  private static final Pattern HOST =
      Pattern.compile(
          "(\\*\\.|\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?");

  private Domains() {}

  /**
   * Whether {@code entry} (already lower-cased) is a host name, optionally {@code *.}- or {@code
   * .}-prefixed.
   */
  static boolean isHostName(String entry) {
    return HOST.matcher(entry).matches();
  }

  /** Whether {@code host} is allowed by one of {@code allowed} ({@link AllowedDomains}). */
  static boolean allows(List<String> allowed, String host) {
    return AllowedDomains.allows(allowed, host);
  }
}
