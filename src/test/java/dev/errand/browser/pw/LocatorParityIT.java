package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import dev.errand.browser.pagescript.ScriptResource;
import dev.errand.browser.strike.StrikePlan;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Locator.ByLabel;
import dev.errand.recipe.Locator.ByPlaceholder;
import dev.errand.recipe.Locator.ByRole;
import dev.errand.recipe.Locator.ByTestId;
import dev.errand.recipe.Locator.ByText;
import dev.errand.recipe.Locator.Selector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The page scripts' finder ({@code dom.js}, which the strike acts through) and Playwright's own
 * {@code getByRole/getByLabel/getByText/getByPlaceholder/getByTestId} and CSS lookups, as errand's
 * normal path makes them from a recipe locator, find the same first visible element in the same
 * page (or both none), for every fixture and every locator of the table.
 */
@Timeout(120)
class LocatorParityIT {

  private static final Duration T = Duration.ofSeconds(10);

  /** Small pages, each a case the two could read differently. */
  static Stream<Arguments> fixtures() {
    return Stream.of(
        fixture(
            "buttons",
            "<button>Buy now</button><button>buy</button>"
                + "<input type=submit value='Buy tickets'><input type=button value=Reserve>"
                + "<input type=reset><input type=submit>"
                + "<div role=button tabindex=0>Add to basket</div>"
                + "<button aria-label='Close dialog'>×</button>"
                + "<span id=lbl>Checkout</span><button aria-labelledby=lbl>Go</button>"
                + "<button><span>Pay</span> <b>later</b></button>"
                + "<button title='Help'></button>"),
        fixture(
            "hidden things",
            "<button style='display:none'>Buy now</button>"
                + "<button style='visibility:hidden'>Buy tickets</button>"
                + "<div aria-hidden=true><button>Reserve</button></div>"
                + "<button hidden>Checkout</button>"
                + "<button style='opacity:0'>Add to basket</button>"
                + "<div style='display:contents'><button>Go</button></div>"
                + "<button>Buy now</button>"),
        fixture(
            "links and headings",
            "<h1>Aurora tour</h1><h2>Tickets <small>on sale</small></h2>"
                + "<a href='#a'>Buy now</a><a>Not a link</a>"
                + "<a href='#b'><img alt='Checkout'></a>"
                + "<div role=heading aria-level=3>Reserve</div>"
                + "<a href='#c' aria-label='Add to basket'>+</a>"),
        fixture(
            "fields",
            "<label for=q>Quantity</label><input id=q>"
                + "<label>Email address <input type=email name=e></label>"
                + "<input aria-label='Promo code' placeholder='e.g. SUMMER'>"
                + "<span id=nm>Full name</span><input aria-labelledby=nm placeholder='Your name'>"
                + "<textarea placeholder='Notes for the seller'></textarea>"
                + "<input type=search placeholder='Search tickets'>"
                + "<input type=number aria-label=Amount>"
                + "<input type=hidden name=token value=x>"),
        fixture(
            "choices",
            "<label><input type=checkbox> I agree to the terms</label>"
                + "<input type=checkbox id=n><label for=n>Newsletter</label>"
                + "<label><input type=radio name=s value=m> M</label>"
                + "<label><input type=radio name=s value=l> L</label>"
                + "<label for=size>Size</label><select id=size><option>S</option>"
                + "<option>M</option></select>"
                + "<select aria-label=Seats multiple><option>1</option><option>2</option></select>"
                + "<div role=checkbox aria-checked=false tabindex=0>Insurance</div>"
                + "<ul role=listbox><li role=option>Seated</li><li role=option>Standing</li></ul>"),
        fixture(
            "text",
            "<p>Tickets for <b>Aurora</b> go on sale at 10:00</p>"
                + "<div>Sold out<span> (for now)</span></div>"
                + "<script>const x = 'Buy now';</script>"
                + "<p>Buy   now\u00a0please</p>"
                + "<div><div>Reserve</div></div>"
                + "<p>SIZE guide</p><p data-testid=price>£60.00</p>"),
        fixture(
            "test ids and css",
            "<div data-testid=buy-button><button>Buy now</button></div>"
                + "<span data-testid=price>£60.00</span><span data-testid=price-old>£70</span>"
                + "<button class='buy primary' id=b2>Buy tickets</button>"
                + "<input name=qty value=1>"),
        fixture(
            "regions and dialogs",
            "<section aria-label=Basket><button>Checkout</button></section>"
                + "<section><h2>Not a region</h2></section>"
                + "<nav><a href='#h'>Home</a></nav>"
                + "<dialog open><p>Hold on</p><button>Close dialog</button></dialog>"
                + "<form aria-label=Payment><button>Pay</button></form>"
                + "<img src='data:,' alt='Seat map' width=10 height=10>"),
        fixture(
            "names from content",
            "<button><img src='data:,' alt='Cart' width=5 height=5></button>"
                + "<button><span aria-hidden=true>*</span> Save</button>"
                + "<button>Buy <span style='display:none'>hidden</span>now</button>"
                + "<input type=image alt='Go to checkout' src='data:,' width=5 height=5>"
                + "<a href='#t' title='Basket'></a>"
                + "<button>\n  Reserve\n  seats </button>"
                + "<p>Sold<br>out</p>"
                + "<label>Accept <b>all</b> cookies <input type=checkbox></label>"));
  }

  /** Every fixture is asked every one of these. */
  static final List<Locator> LOCATORS =
      List.of(
          new ByRole("button", "Buy now", false),
          new ByRole("button", "buy", false),
          new ByRole("button", "buy", true),
          new ByRole("button", "Buy tickets", true),
          new ByRole("button", "Reserve", false),
          new ByRole("button", "Reset", false),
          new ByRole("button", "Submit", false),
          new ByRole("button", "Add to basket", false),
          new ByRole("button", "Close dialog", false),
          new ByRole("button", "Checkout", false),
          new ByRole("button", "Pay later", false),
          new ByRole("button", "Help", false),
          new ByRole("button", "Go", true),
          new ByRole("button", null, false),
          new ByRole("link", "Buy now", false),
          new ByRole("link", "Checkout", false),
          new ByRole("link", "Add to basket", false),
          new ByRole("link", null, false),
          new ByRole("button", "Cart", false),
          new ByRole("button", "Save", true),
          new ByRole("button", "Buy now", true),
          new ByRole("button", "Go to checkout", false),
          new ByRole("link", "Basket", false),
          new ByRole("button", "Reserve seats", true),
          new ByRole("checkbox", "Accept all cookies", false),
          new ByLabel("Accept all", false),
          new ByRole("heading", "Aurora", false),
          new ByRole("heading", "Tickets on sale", true),
          new ByRole("heading", "Reserve", false),
          new ByRole("textbox", "Quantity", false),
          new ByRole("textbox", "Email", false),
          new ByRole("textbox", "Promo code", true),
          new ByRole("textbox", "Full name", false),
          new ByRole("textbox", null, false),
          new ByRole("searchbox", null, false),
          new ByRole("spinbutton", "Amount", false),
          new ByRole("checkbox", "I agree", false),
          new ByRole("checkbox", "Newsletter", false),
          new ByRole("checkbox", "Insurance", false),
          new ByRole("radio", "L", true),
          new ByRole("combobox", "Size", false),
          new ByRole("listbox", "Seats", false),
          new ByRole("option", "Standing", false),
          new ByRole("region", "Basket", false),
          new ByRole("navigation", null, false),
          new ByRole("dialog", null, false),
          new ByRole("form", "Payment", false),
          new ByRole("img", "Seat map", false),
          new ByLabel("Quantity", false),
          new ByLabel("quantity", true),
          new ByLabel("Email", false),
          new ByLabel("Promo code", false),
          new ByLabel("Full name", true),
          new ByLabel("Newsletter", false),
          new ByLabel("Size", false),
          new ByLabel("Seats", false),
          new ByLabel("Amount", false),
          new ByText("Buy now", false),
          new ByText("buy now", true),
          new ByText("Aurora", false),
          new ByText("Sold out", false),
          new ByText("Sold out (for now)", true),
          new ByText("Reserve", true),
          new ByText("Buy tickets", false),
          new ByText("size", false),
          new ByText("£60.00", true),
          new ByText("Hold on", false),
          new ByPlaceholder("SUMMER", false),
          new ByPlaceholder("Your name", true),
          new ByPlaceholder("notes", false),
          new ByPlaceholder("Search", false),
          new ByTestId("buy-button"),
          new ByTestId("price"),
          new ByTestId("Price"),
          new Selector("button.buy"),
          new Selector("#b2"),
          new Selector("input[name=qty]"),
          new Selector("css=button"));

  /** {@code ([pw, candidates]) => {same, mine, theirs}}: the finder's first visible match. */
  private static final String FIND =
      ScriptResource.withDom(
          "args",
          "(dom, args) => { const [pw, json] = args; const loc = JSON.parse(json)[0];"
              + " const mine = dom.find(loc).find(dom.visible) || null;"
              + " const show = (el) => el ? el.outerHTML.slice(0, 100) : 'none';"
              + " return {same: mine === (pw || null), mine: show(mine), theirs: show(pw)}; }");

  @TempDir static Path tmp;
  private static LoopbackBrowser browser;

  @BeforeAll
  static void start() {
    browser = LoopbackBrowser.start(tmp);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void theFinderAndPlaywrightFindTheSameElement(String name, String html) {
    browser.open(html, T);
    Page page = ((PlaywrightPage) browser.page()).playwrightPage();
    List<String> disagreements = new ArrayList<>();
    for (Locator locator : LOCATORS) {
      String json = StrikePlan.candidatesJson(locator).orElseThrow();
      Candidate candidate = LocatorMapper.candidates(Scope.of(page), locator).get(0);
      com.microsoft.playwright.Locator visible = candidate.visible();
      ElementHandle theirs = visible.count() > 0 ? visible.first().elementHandle() : null;
      try {
        Map<?, ?> result = (Map<?, ?>) page.evaluate(FIND, Arrays.asList(theirs, json));
        if (!Boolean.TRUE.equals(result.get("same"))) {
          disagreements.add(
              locator.describe()
                  + ": Playwright found "
                  + result.get("theirs")
                  + ", the page script "
                  + result.get("mine"));
        }
      } finally {
        if (theirs != null) {
          theirs.dispose();
        }
      }
    }
    assertEquals(List.of(), disagreements, name);
  }

  private static Arguments fixture(String name, String html) {
    return Arguments.of(name, html);
  }
}
