package dev.errand.recipe.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks a {@code goto} URL written without variables: absolute URLs must be http(s) on an allowed
 * domain; anything else is a reference relative to the site.
 */
final class GotoRules {

  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*");

  private final Problems problems;
  private final List<String> allowedDomains;

  /** {@code allowedDomains} may be empty when the header was invalid: then hosts aren't checked. */
  GotoRules(Problems problems, List<String> allowedDomains) {
    this.problems = problems;
    this.allowedDomains = List.copyOf(allowedDomains);
  }

  void check(Node node, String url) {
    if (Variables.hasVariables(url)) {
      return;
    }
    Matcher m = SCHEME.matcher(url);
    boolean absolute = m.matches() || url.startsWith("//");
    if (!absolute) {
      return;
    }
    if (m.matches()) {
      String scheme = m.group(1).toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        problems.at(
            node,
            "'goto' needs an http(s) URL or a path on the site, got '"
                + url
                + "'"
                + (url.contains("//") ? "" : " (missing 'https://'?)"));
        return;
      }
    }
    String host;
    try {
      host = new URI(url).getHost();
    } catch (URISyntaxException e) {
      host = null;
    }
    if (host == null) {
      problems.at(node, "'goto' URL '" + url + "' has no readable host");
      return;
    }
    if (!allowedDomains.isEmpty() && !Domains.allows(allowedDomains, host)) {
      problems.at(
          node,
          "'goto' leaves the allowed domains: '"
              + host
              + "' is not in allowed-domains ("
              + String.join(", ", allowedDomains)
              + ")");
    }
  }
}
