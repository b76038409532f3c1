package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which cookie banner and pop-up scripts the shop's pages carry, over HTTP. */
@Timeout(30)
class OverlaysTest {

  private static final Map<DemoShopConfig.Consent, String> MARKS =
      Map.of(
          DemoShopConfig.Consent.DEMO,
          "data-cmp-action=\"accept\">Accept all",
          DemoShopConfig.Consent.ONETRUST,
          "<button id=\"onetrust-accept-btn-handler\">Accept All Cookies",
          DemoShopConfig.Consent.COOKIEBOT,
          "id=\"CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll\""
              + " class=\"CybotCookiebotDialogBodyButton\">Allow all",
          DemoShopConfig.Consent.DIDOMI,
          "id=\"didomi-notice-agree-button\" class=\"didomi-components-button\">"
              + "<span>Agree and close");

  @Test
  void eachConsentVariantCarriesItsOwnBannerAndNoOther() throws Exception {
    for (DemoShopConfig.Consent consent : DemoShopConfig.Consent.values()) {
      try (DemoShop shop =
          DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)).withConsent(consent))) {
        String page = new ShopClient(shop).get("/events/aurora-live").body();
        for (Map.Entry<DemoShopConfig.Consent, String> mark : MARKS.entrySet()) {
          assertEquals(
              mark.getKey() == consent,
              page.contains(mark.getValue()),
              consent + " page and " + mark.getKey() + "'s banner");
        }
        assertFalse(page.contains("Get 10% off"), "no pop-up unless asked for");
      }
    }
  }

  @Test
  void eachBannerIsRememberedInItsVendorsCookie() {
    assertTrue(script(DemoShopConfig.Consent.ONETRUST).contains("OptanonAlertBoxClosed="));
    assertTrue(script(DemoShopConfig.Consent.COOKIEBOT).contains("CookieConsent="));
    assertTrue(script(DemoShopConfig.Consent.DIDOMI).contains("didomi_token="));
    assertTrue(script(DemoShopConfig.Consent.DEMO).contains("consent="));
    assertEquals(null, Overlays.consentScript(DemoShopConfig.Consent.NONE));
  }

  @Test
  void theNewsletterPopUpComesWithAnyBanner() throws Exception {
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensIn(Duration.ofHours(1))
                .withConsent(DemoShopConfig.Consent.ONETRUST)
                .withNewsletterPopup(true))) {
      String page = new ShopClient(shop).get("/").body();
      assertTrue(page.contains("<h2 id=\"nl-title\">Get 10% off</h2>"), page);
      assertTrue(page.contains("aria-label=\"Close\""), page);
      assertTrue(page.contains("onetrust-accept-btn-handler"), page);
    }
  }

  @Test
  void theDefaultPageIsAsItWas() throws Exception {
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofHours(1)))) {
      String page = new ShopClient(shop).get("/").body();
      assertTrue(page.contains("<script>\n" + Resources.text("consent.js") + "</script>\n"));
      assertFalse(page.contains("onetrust") || page.contains("Cybot") || page.contains("didomi"));
      assertFalse(page.contains("nl-title"));
    }
  }

  private static String script(DemoShopConfig.Consent consent) {
    return Resources.text(Overlays.consentScript(consent));
  }
}
