package dev.errand.browser.discovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one {@code --disable-features} switch errand starts Chromium with. Chromium reads only the
 * last such switch, and Playwright's driver writes its own before the caller's arguments: so
 * errand's switch carries Playwright's list ({@link #PLAYWRIGHT}, a test keeps it equal to the
 * driver's), errand's own ({@link #ERRAND}) and any a profile's {@code browser.args} names.
 */
public final class DisabledFeatures {

  static final String SWITCH = "--disable-features=";

  /**
   * The features Playwright's driver disables (its {@code chromiumSwitches}), in its order.
   * DriverFeaturesTest fails when a driver upgrade changes them.
   */
  static final List<String> PLAYWRIGHT =
      List.of(
          "AvoidUnnecessaryBeforeUnloadCheckSync",
          "BoundaryEventDispatchTracksNodeRemoval",
          "DestroyProfileOnBrowserClose",
          "DialMediaRouteProvider",
          "GlobalMediaControls",
          "HttpsUpgrades",
          "LensOverlay",
          "MediaRouter",
          "PaintHolding",
          "ThirdPartyStoragePartitioning",
          "BlockOriginHeaderModificationOnRedirect",
          "Translate",
          "AutoDeElevate",
          "OptimizationHints",
          "msForceBrowserSignIn",
          "msEdgeUpdateLaunchServicesPreferredVersion");

  /**
   * errand's own. {@code RenderDocument} makes Chromium build a new frame in the renderer for every
   * document, and a speculative one for every navigation it starts: the document a reload at the
   * instant brings, and the form submission that follows, each wait for that work. Without it a
   * same-site navigation reuses the frame; pages see no difference.
   */
  static final List<String> ERRAND = List.of("RenderDocument");

  private DisabledFeatures() {}

  /**
   * {@code args} with their own {@code --disable-features} switches taken out and merged into one,
   * after Playwright's and errand's features; that switch comes last.
   */
  static List<String> merged(List<String> args) {
    Set<String> features = new LinkedHashSet<>(PLAYWRIGHT);
    features.addAll(ERRAND);
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith(SWITCH)) {
        for (String feature : arg.substring(SWITCH.length()).split(",", -1)) {
          if (!feature.isBlank()) {
            features.add(feature.strip());
          }
        }
      } else {
        out.add(arg);
      }
    }
    out.add(SWITCH + String.join(",", features));
    return out;
  }
}
