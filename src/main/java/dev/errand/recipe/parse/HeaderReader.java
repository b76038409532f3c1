package dev.errand.recipe.parse;

import dev.errand.timing.TimeParseException;
import dev.errand.timing.TimeParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a recipe's header: {@code apiVersion}, {@code name}, {@code site}, {@code allowed-domains},
 * {@code release} and {@code quantity}.
 */
final class HeaderReader {

  static final String API_VERSION = "errand/v1";

  /** The header's values; a field is null when it was invalid (and reported). */
  record Header(
      @Nullable String name,
      @Nullable URI site,
      List<String> allowedDomains,
      Optional<Instant> release,
      @Nullable Integer quantity) {}

  private final Problems problems;
  private final Scalars scalars;

  HeaderReader(Scalars scalars) {
    this.problems = scalars.problems();
    this.scalars = scalars;
  }

  Header read(YamlMap root) {
    apiVersion(root);
    Node nameNode = required(root, "name", "name: Aurora Live — two tickets");
    String name = nameNode == null ? null : scalars.text(nameNode, "name");
    URI site = site(root);
    List<String> domains = allowedDomains(root, site);
    Optional<Instant> release = release(root);
    Integer quantity = quantity(root);
    return new Header(name, site, domains, release, quantity);
  }

  private @Nullable Node required(YamlMap root, String key, String example) {
    Node n = root.take(key);
    if (n == null) {
      problems.at(root.node(), "missing '" + key + "' (e.g. '" + example + "')");
    }
    return n;
  }

  private void apiVersion(YamlMap root) {
    Node n = required(root, "apiVersion", "apiVersion: " + API_VERSION);
    String v = n == null ? null : scalars.literal(n, "apiVersion");
    if (n != null && v != null && !v.equals(API_VERSION)) {
      problems.at(n, "unsupported apiVersion '" + v + "': this errand reads '" + API_VERSION + "'");
    }
  }

  private @Nullable URI site(YamlMap root) {
    Node n = required(root, "site", "site: https://shop.example.com/");
    String text = n == null ? null : scalars.literal(n, "site");
    if (n == null || text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.at(
        n,
        "'site' must be an absolute http(s) URL such as https://shop.example.com/, got '"
            + text
            + "'");
    return null;
  }

  /** The allowed domains; the site's host is always among them. Empty when unusable. */
  private List<String> allowedDomains(YamlMap root, @Nullable URI site) {
    Node n = root.take("allowed-domains");
    List<String> domains = new ArrayList<>();
    boolean ok = true;
    if (n != null) {
      if (!(n instanceof SequenceNode sequenceNode)) {
        problems.at(
            n,
            "'allowed-domains' must be a list of host names such as [shop.example.com], got "
                + Messages.kind(n));
        ok = false;
      } else {
        for (Node item : sequenceNode.getValue()) {
          String d = scalars.literal(item, "allowed-domains");
          if (d == null) {
            ok = false;
          } else if (!Domains.isHostName(d.toLowerCase(Locale.ROOT))) {
            problems.at(
                item,
                "'allowed-domains' lists host names such as 'pay.example.com', got '" + d + "'");
            ok = false;
          } else {
            domains.add(d.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    if (!ok || site == null) {
      return List.of();
    }
    String host = site.getHost().toLowerCase(Locale.ROOT);
    if (!Domains.allows(domains, host)) {
      domains.add(0, host);
    }
    return domains;
  }

  private Optional<Instant> release(YamlMap root) {
    Node n = root.take("release");
    String text = n == null ? null : scalars.literal(n, "release");
    if (n == null || text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(TimeParser.parse(text));
    } catch (TimeParseException e) {
      problems.at(n, e.getMessage()); // the recipe is refused: the empty value is never used
      return Optional.empty();
    }
  }

  private @Nullable Integer quantity(YamlMap root) {
    Node n = root.take("quantity");
    if (n == null) {
      return 1;
    }
    if (n instanceof ScalarNode scalarNode && !Messages.isNull(n)) {
      String v = scalarNode.getValue().trim();
      if (v.matches("\\d{1,3}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 100) {
        return Integer.parseInt(v);
      }
    }
    problems.at(n, "'quantity' must be a whole number from 1 to 100, got " + Messages.kind(n));
    return null;
  }
}
