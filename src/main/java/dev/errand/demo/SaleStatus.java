package dev.errand.demo;

/** Where the sale stands, as the event API reports it. */
enum SaleStatus {
  UPCOMING("upcoming"),
  ON_SALE("on-sale"),
  SOLD_OUT("sold-out");

  private final String json;

  SaleStatus(String json) {
    this.json = json;
  }

  /** The value of the API's {@code status} field. */
  String json() {
    return json;
  }
}
