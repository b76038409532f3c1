package dev.errand.browser;

/**
 * How many one customer may buy, as a page states it.
 *
 * @param most the smallest limit the page states
 * @param seen where errand read it, for the person: {@code the page says "max 4 per customer"} or
 *     {@code the quantity list goes up to 10}
 */
public record ShopLimit(int most, String seen) {

  /** "at most 4 (the page says "max 4 per customer")". */
  public String describe() {
    return "at most " + most + " (" + seen + ")";
  }
}
