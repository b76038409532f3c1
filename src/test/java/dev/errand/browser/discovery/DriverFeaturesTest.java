package dev.errand.browser.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * errand's copy of the features Playwright's driver disables is the driver's own list: errand's
 * single {@code --disable-features} switch replaces the driver's, so a feature the driver adds
 * after an upgrade must be copied (this test then names it).
 */
@Timeout(30)
class DriverFeaturesTest {

  private static final String BUNDLE = "driver/package/lib/coreBundle.js";

  @Test
  void copyMatchesTheDriversList() throws IOException {
    String bundle;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUNDLE)) {
      assertNotNull(in, BUNDLE + " is not on the test class path (Playwright's driver jar)");
      bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int start = bundle.indexOf("disabledFeatures = [");
    assertTrue(start >= 0, "the driver no longer names its disabledFeatures list");
    int end = bundle.indexOf(']', start);
    String list = bundle.substring(start, end).replaceAll("(?m)//.*$", "");
    List<String> features = new ArrayList<>();
    Matcher quoted = Pattern.compile("\"([A-Za-z0-9_]+)\"").matcher(list);
    while (quoted.find()) {
      features.add(quoted.group(1));
    }
    assertEquals(features, DisabledFeatures.PLAYWRIGHT);
  }
}
