/**
 * The embedded demo ticket shop, "Lumen Tickets": {@link dev.errand.demo.DemoShop}.
 *
 * <p>Every response carries a {@code Date} header from the shop's own clock, which may be skewed on
 * purpose ({@link dev.errand.demo.DemoShopConfig#skew()}) to exercise site-clock sync; {@code HEAD}
 * is answered like {@code GET} without the body. (The shop serves HTTP itself rather than with the
 * JDK's {@code com.sun.net.httpserver}, which overwrites {@code Date} with the machine's clock.)
 * {@code Date} is stamped as the headers are written, so it follows any render delay.
 *
 * <p>Overloaded-shop modes, each off by default ({@link dev.errand.demo.DemoShopConfig}):
 *
 * <ul>
 *   <li>{@link dev.errand.demo.DemoShopConfig#renderDelay()}: every page (HTML pages, the event
 *       API, form posts, "not found") answers only after this delay, like a slow server-side
 *       render, and is dated after it; {@code HEAD} of any page answers 404 after the same delay.
 *       {@code /robots.txt} and {@code /favicon.ico} (always served), 429 answers, failing and
 *       dropped page loads and the waiting room's redirects come at once.
 *   <li>{@link dev.errand.demo.DemoShopConfig#lateCommit()}: the sale really opens at the announced
 *       {@code releaseAt} plus a random delay of up to this long, drawn at start ({@link
 *       dev.errand.demo.DemoShop#opensReallyAt()}); until then pages, API and basket behave as
 *       before release, while every announced time stays {@code releaseAt}; between the two a
 *       server page says "Tickets are not on sale yet", the event API says {@code sold-out} (so the
 *       countdown page shows "Sold out", as a drop whose stock is not committed yet reads) and
 *       {@code POST /basket} answers 403 "Sales have not started yet".
 *   <li>{@link dev.errand.demo.DemoShopConfig#rateLimit()}: N page loads per second per client IP
 *       (a request with {@code Sec-Fetch-Dest: document} or without {@code Sec-Fetch-Dest}; not a
 *       {@code GET} following the shop's own redirect within 2 s). A faster one gets {@code 429 Too
 *       Many Requests}, {@code Retry-After: 3} and shuts the IP out for 3 s. The counts are {@link
 *       dev.errand.demo.DemoShop#rateLimitViolations()} and {@link
 *       dev.errand.demo.DemoShop#rateLimited()}, also in {@code GET /__demo/log}.
 *   <li>{@link dev.errand.demo.DemoShopConfig#errorShare()}: that share of page loads (as for the
 *       rate limit, of any page but the queue page; never {@code /robots.txt}, {@code
 *       /favicon.ico}, {@code /api/} or {@code /__} paths) fails before the shop acts on it, so a
 *       failing {@code POST /basket} holds nothing: {@code 503 Service Unavailable} with nginx's
 *       page ("503 Service Temporarily Unavailable"), or with a CDN's ("Error 503 · Service
 *       temporarily unavailable", a Ray ID) and {@code Retry-After: 2}; or, for {@link
 *       dev.errand.demo.DemoShopConfig#errorPageShare()} of them (one in three by default), {@code
 *       200 OK} with a page titled "Error 503 · Service temporarily unavailable" saying "Our
 *       servers are busy, please try again". Drawn in order of arrival from {@link
 *       dev.errand.demo.DemoShopConfig#faultSeed()}. Counted by {@link
 *       dev.errand.demo.DemoShop#serviceUnavailable()}, {@link
 *       dev.errand.demo.DemoShop#errorPagesWith200()} and {@link
 *       dev.errand.demo.DemoShop#errorRetryAfterViolations()} (a page load sooner than a 503's
 *       {@code Retry-After} asked).
 *   <li>{@link dev.errand.demo.DemoShopConfig#dropShare()}: that share of the same page loads has
 *       its connection closed without an answer (a browser's immediate resend of it too), counted
 *       by {@link dev.errand.demo.DemoShop#droppedConnections()}.
 *   <li>{@link dev.errand.demo.DemoShopConfig#waitingRoom()}: a Queue-it-like waiting room, open
 *       from {@code releaseAt} minus the wait. A page load ({@code GET}/{@code POST}) of the event
 *       page, {@code /basket}, {@code /checkout}, {@code /security-check} or {@code /payment} is
 *       redirected {@code 302} to {@code /queue?target=PATH}: title "You are in the queue", "You
 *       are now in line", "Please do not refresh this page", {@code #MainPart_lbQueueNumber}
 *       (number in line), {@code #MainPart_lbUsersInLineAheadOfYou} (counting down), {@code
 *       #MainPart_lbWhichIsIn} ("2 minutes"), a {@code progressbar}. Its script polls {@code
 *       /__queue/status} at most every 3 s; once the wait has passed since the session entered, it
 *       sets the cookie {@code QueueITAccepted-SDFrts345E-V3_aurora} and goes on to the target with
 *       a {@code queueittoken}, and pages load as usual. Loading the queue page or a guarded page
 *       again while waiting keeps the place and counts a {@link
 *       dev.errand.demo.DemoShop#reloadsWhileQueued()}; also {@link
 *       dev.errand.demo.DemoShop#queueEntries()} and {@link
 *       dev.errand.demo.DemoShop#queuePasses()}.
 * </ul>
 *
 * <p>Every count above is also in {@code GET /__demo/log}, under the method's name. Overlays, each
 * shown until answered once (remembered in the vendor's own cookie):
 *
 * <ul>
 *   <li>{@link dev.errand.demo.DemoShopConfig#consent()}: the demo's own dialog (below), or
 *       stand-ins for OneTrust ({@code #onetrust-banner-sdk} over a dark filter, button {@code
 *       #onetrust-accept-btn-handler} "Accept All Cookies"), Cookiebot ({@code
 *       #CybotCookiebotDialog}, {@code #CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll}
 *       "Allow all") and Didomi ({@code #didomi-popup}, {@code #didomi-notice-agree-button} "Agree
 *       and close"), each about 400 ms after load and covering the page; or none.
 *   <li>{@link dev.errand.demo.DemoShopConfig#newsletterPopup()}: about 1 s after load, a {@code
 *       dialog} "Get 10% off" over a backdrop that takes every click, with a button "Close" (and a
 *       link "No thanks").
 * </ul>
 *
 * <p>Markup a recipe may rely on (roles and accessible names):
 *
 * <ul>
 *   <li>Every HTML page (by default): until a {@code consent} cookie exists, a {@code dialog} named
 *       "We value your privacy" appears about 300 ms after load, over a backdrop that takes every
 *       click, with buttons "Accept all", "Reject non-essential" and "Manage options".
 *   <li>{@code /events/aurora-live}: {@code section#tickets} (region "Tickets"). Before release it
 *       holds "Tickets on sale in HH:MM:SS" and "Sale opens at HH:MM:SS UTC" and no controls. From
 *       release: a {@code combobox} "Ticket type" opening a {@code listbox} of {@code option}s
 *       "Standing — £45.00", "Seated — £65.00", "VIP — £120.00"; a native select labelled
 *       "Quantity" ({@code #qty}); a button "Add to basket". Sold out: "Sold out". A page requested
 *       after release (by the shop's clock) arrives with these controls (or "Sold out") already in
 *       its HTML, so a reload at the instant shows them; a page opened before release renders them
 *       by script when its countdown ends, with the same markup. With {@link
 *       dev.errand.demo.DemoShopConfig.SalePage#FORM} the buy controls are there from the start;
 *       with {@link dev.errand.demo.DemoShopConfig.SalePage#SERVER} a page opened before release
 *       holds only "Tickets go on sale at HH:MM:SS UTC — reload this page then." and no script, and
 *       never changes by itself. "Release" is when the sale really opens: after the late commit, if
 *       any.
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
