package dev.errand.cli;

import dev.errand.demo.DemoShopConfig.SalePage;
import java.util.List;
import java.util.Locale;

/** The {@code --sale-page} value of {@code demo-shop} and {@code bench}, in any case. */
final class SalePageOption {

  static final String BOTH = "both";

  private SalePageOption() {}

  /** One page: {@code countdown}, {@code form}, {@code server} or {@code poll}. */
  static SalePage one(String value) {
    for (SalePage page : SalePage.values()) {
      if (page.name().equalsIgnoreCase(value.strip())) {
        return page;
      }
    }
    throw new UserError(
        ExitCode.BAD_INPUT,
        "--sale-page must be countdown, form, server or poll, not '" + value + "'");
  }

  /** {@code both} (the countdown and the form, in that order), or one page. */
  static List<SalePage> oneOrBoth(String value) {
    if (value.strip().toLowerCase(Locale.ROOT).equals(BOTH)) {
      return List.of(SalePage.COUNTDOWN, SalePage.FORM);
    }
    try {
      return List.of(one(value));
    } catch (UserError e) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "--sale-page must be both, countdown, form or server, not '" + value + "'");
    }
  }
}
