package dev.errand.browser.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The switches errand starts Chromium with, and how a browser's version is read. */
class LaunchFlagsTest {

  @Test
  void switchesAndVersions() {
    assertEquals(
        List.of(
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-sandbox",
            "--lang=de",
            DisabledFeatures.SWITCH
                + String.join(",", DisabledFeatures.PLAYWRIGHT)
                + ",RenderDocument,Mine"),
        ChromiumArgs.of(
            List.of("--lang=de", "--disable-sync", "--disable-features=Mine,PaintHolding"), true));
    assertEquals(
        "156.0.8078.79",
        VersionProbe.fromUserAgent("Mozilla/5.0 HeadlessChrome/156.0.8078.79 Safari/537.36")
            .orElseThrow());
    assertEquals(
        "131.0.2903.70",
        VersionProbe.fromUserAgent("Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70")
            .orElseThrow());
  }
}
