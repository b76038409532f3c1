/**
 * The embedded demo ticket shop, "Lumen Tickets": {@link dev.errand.demo.DemoShop}.
 *
 * <p>Every response carries a {@code Date} header from the shop's own clock, which may be skewed on
 * purpose ({@link dev.errand.demo.DemoShopConfig#skew()}) to exercise site-clock sync; {@code HEAD}
 * is answered like {@code GET} without the body. (The shop serves HTTP itself rather than with the
 * JDK's {@code com.sun.net.httpserver}, which overwrites {@code Date} with the machine's clock.)
 *
 * <p>Markup a recipe may rely on (roles and accessible names):
 *
 * <ul>
 *   <li>Every HTML page: until a {@code consent} cookie exists, a {@code dialog} named "We value
 *       your privacy" appears about 300 ms after load, over a backdrop that takes every click, with
 *       buttons "Accept all", "Reject non-essential" and "Manage options".
 *   <li>{@code /events/aurora-live}: {@code section#tickets} (region "Tickets"). Before release it
 *       holds "Tickets on sale in HH:MM:SS" and "Sale opens at HH:MM:SS UTC" and no controls. From
 *       release: a {@code combobox} "Ticket type" opening a {@code listbox} of {@code option}s
 *       "Standing — £45.00", "Seated — £65.00", "VIP — £120.00"; a native select labelled
 *       "Quantity" ({@code #qty}); a button "Add to basket". Sold out: "Sold out". A page requested
 *       after release (by the shop's clock) arrives with these controls (or "Sold out") already in
 *       its HTML, so a reload at the instant shows them; a page opened before release renders them
 *       by script when its countdown ends, with the same markup.
 *   <li>{@code /basket}: "Your tickets are held for MM:SS" and a link "Checkout".
 *   <li>{@code /security-check}: {@link dev.errand.demo.DemoShop#CHALLENGE_SELECTOR}, holding a
 *       {@code checkbox} "I'm not a robot".
 *   <li>{@code /checkout}: textboxes "Full name", "Email", "Phone", "Postcode"; button "Continue to
 *       payment".
 *   <li>{@code /payment}: textboxes "Card number", "Expiry", "CVC", "Name on card"; button "Pay
 *       £N.NN".
 *   <li>{@code /orders/LT-NNNNNN}: heading "Order confirmed".
 * </ul>
 */
package dev.errand.demo;
