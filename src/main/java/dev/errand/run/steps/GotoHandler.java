package dev.errand.run.steps;

import dev.errand.browser.BrowserActionException;
import dev.errand.recipe.AllowedDomains;
import dev.errand.recipe.Step;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Opens a URL, resolved against the recipe's site, and only within the allowed domains. */
public final class GotoHandler implements StepHandler<Step.Goto> {

  @Override
  public Optional<String> execute(Step.Goto step, StepContext context) {
    URI target = resolve(context.recipe().site(), step.url());
    String host = target.getHost() == null ? "" : target.getHost().toLowerCase(Locale.ROOT);
    if (!isAllowed(host, context.recipe().allowedDomains())) {
      throw new BrowserActionException(
          "refusing to open "
              + target
              + ": "
              + host
              + " is not in allowed-domains "
              + context.recipe().allowedDomains());
    }
    return Optional.of(context.page().navigate(target.toString(), context.timeout(step)));
  }

  static URI resolve(URI site, String url) {
    try {
      return site.resolve(url.trim());
    } catch (IllegalArgumentException e) {
      throw new BrowserActionException("not a valid URL: " + url);
    }
  }

  /** Whether {@code host} is allowed ({@link AllowedDomains}: no subdomain unless written so). */
  static boolean isAllowed(String host, List<String> allowed) {
    return AllowedDomains.allows(allowed, host);
  }
}
