package dev.errand.browser.recognition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The consent managers errand knows by their own markup, and the button of each that accepts: their
 * published ids and classes, which sites do not restyle away. A banner none of them made is still
 * recognised by its wording ({@link OverlayWording}).
 */
public final class ConsentManagers {

  /**
   * One consent manager.
   *
   * @param name how the person knows it ("OneTrust")
   * @param accept a CSS selector for its accept button
   * @param host a CSS selector for the element whose open shadow root holds the banner; null when
   *     the banner is in the page itself
   */
  public record Manager(String name, String accept, @Nullable String host) {}

  /** In the order they are looked for. */
  public static final List<Manager> ALL =
      List.of(
          new Manager("OneTrust", "#onetrust-banner-sdk #onetrust-accept-btn-handler", null),
          new Manager(
              "Cookiebot",
              "#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll,"
                  + " #CybotCookiebotDialogBodyButtonAccept,"
                  + " #CybotCookiebotDialogBodyLevelButtonAccept",
              null),
          new Manager("Didomi", "#didomi-notice-agree-button", null),
          new Manager(
              "Quantcast Choice",
              ".qc-cmp2-container .qc-cmp2-summary-buttons button[mode=\"primary\"],"
                  + " #qc-cmp2-ui .qc-cmp2-summary-buttons button[mode=\"primary\"]",
              null),
          new Manager("TrustArc", "#truste-consent-button", null),
          new Manager(
              "Usercentrics", "[data-testid=\"uc-accept-all-button\"]", "#usercentrics-root"),
          new Manager(
              "Osano",
              ".osano-cm-dialog .osano-cm-accept-all, .osano-cm-dialog .osano-cm-accept",
              null),
          new Manager("CookieYes", ".cky-consent-container .cky-btn-accept", null),
          new Manager("Complianz", ".cmplz-cookiebanner .cmplz-accept", null),
          new Manager("iubenda", "#iubenda-cs-banner .iubenda-cs-accept-btn", null),
          new Manager("Axeptio", "#axeptio_btn_acceptAll", null),
          new Manager("CookieFirst", "[data-cookiefirst-action=\"accept\"]", null));

  private ConsentManagers() {}

  /** The table as the overlay script takes it: {@code [{name, accept, host}...]} in order. */
  public static List<Map<String, @Nullable Object>> forPageScripts() {
    return ALL.stream()
        .map(
            m -> {
              Map<String, @Nullable Object> row = new LinkedHashMap<>();
              row.put("name", m.name());
              row.put("accept", m.accept());
              row.put("host", m.host());
              return row;
            })
        .toList();
  }
}
