package dev.errand.demo;

import java.util.Map;

/** The table rows (type, qty, price, total) listing a basket's tickets. */
final class SummaryRows {

  private SummaryRows() {}

  static String render(BasketSnapshot basket) {
    StringBuilder rows = new StringBuilder();
    for (BasketLine line : basket.lines()) {
      rows.append(
          Resources.template("basket-row.html")
              .render(
                  Map.of(
                      "type", line.type().displayName(),
                      "event", AuroraEvent.NAME,
                      "quantity", Integer.toString(line.quantity()),
                      "price", line.type().price(),
                      "total", Money.format(line.totalPence()))));
    }
    return rows.toString();
  }
}
