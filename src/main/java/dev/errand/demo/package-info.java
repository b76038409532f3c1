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
 *   <li>{@code /security-check}: by default ({@link dev.errand.demo.DemoShopConfig.Challenge#DEMO})
 *       {@link dev.errand.demo.DemoShop#CHALLENGE_SELECTOR}, holding a {@code checkbox} "I'm not a
 *       robot". The other {@link dev.errand.demo.DemoShopConfig#challenge()}s are stand-ins whose
 *       markup mirrors the real widgets': {@code div.g-recaptcha} with an iframe titled "reCAPTCHA"
 *       at {@code /__challenge/recaptcha/api2/anchor}; {@code div.h-captcha} with an iframe at
 *       {@code /__challenge/hcaptcha/checkbox.html}; {@code div.cf-turnstile} with an iframe at
 *       {@code /__challenge/challenges/turnstile/if/normal} in a closed shadow root. Each iframe
 *       holds one {@code checkbox}; once a person ticks it the page moves on, as with the demo
 *       widget.
 *   <li>{@code /checkout}: textboxes "Full name", "Email", "Phone", "Postcode"; button "Continue to
 *       payment".
 *   <li>{@code /payment}: textboxes "Card number", "Expiry", "CVC", "Name on card" (with {@code
 *       autocomplete} cc-number, cc-exp, cc-csc, cc-name), by default inside an iframe titled
 *       "Secure card payment" ({@code /__pay/card-frame}, see {@link
 *       dev.errand.demo.DemoShopConfig#cardEntry()}); button "Pay £N.NN" in the page itself. With
 *       {@link dev.errand.demo.DemoShopConfig.CardEntry#SAVED} no card fields at all: a saved card
 *       "Visa •••• 4242", already chosen, a link "Use another card" and the same button, which pays
 *       with the saved card.
 *   <li>{@code /orders/LT-NNNNNN}: heading "Order confirmed".
 * </ul>
 */
package dev.errand.demo;
