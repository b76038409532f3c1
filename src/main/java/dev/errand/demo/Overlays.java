package dev.errand.demo;

import org.jspecify.annotations.Nullable;

/**
 * What the shop's pages show over themselves: the cookie banner of {@link DemoShopConfig#consent()}
 * (none with {@link DemoShopConfig.Consent#NONE}) and, with {@link
 * DemoShopConfig#newsletterPopup()}, the newsletter pop-up. Each is a script inlined at the end of
 * the page that shows its overlay until its own cookie says the visitor answered it.
 */
final class Overlays {

  private Overlays() {}

  /** The {@code <script>} elements of the overlays {@code config} asks for, or nothing. */
  static String scripts(DemoShopConfig config) {
    StringBuilder scripts = new StringBuilder();
    String consent = consentScript(config.consent());
    if (consent != null) {
      scripts.append("<script>\n").append(Resources.text(consent)).append("</script>\n");
    }
    if (config.newsletterPopup()) {
      scripts.append("<script>\n").append(Resources.text("newsletter.js")).append("</script>\n");
    }
    return scripts.toString();
  }

  /** The resource holding the banner's script; null for none. */
  static @Nullable String consentScript(DemoShopConfig.Consent consent) {
    return switch (consent) {
      case DEMO -> "consent.js";
      case ONETRUST -> "consent-onetrust.js";
      case COOKIEBOT -> "consent-cookiebot.js";
      case DIDOMI -> "consent-didomi.js";
      case NONE -> null;
    };
  }
}
