package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.Challenge;
import dev.errand.demo.Payment;
import dev.errand.demo.RequestLog;
import dev.errand.journal.Journal;
import dev.errand.journal.JournalLines;
import dev.errand.journal.event.JournalEvent;
import dev.errand.notify.WebhookReceiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Handing the wheel to a person, end to end: errand runs headless with {@code --remote-handoff} on
 * the demo shop, and a test-side person takes over through Chrome remote debugging (Playwright's
 * {@code connectOverCDP}, as chrome://inspect would), solves each kind of security check by
 * clicking it and pays by typing a test card into the card frame. errand stops at each handoff,
 * calls a webhook on loopback within a second, carries on by itself once the person is done, and
 * never pays: the shop's one payment is the person's.
 */
class HandoffIT {

  static final Path DEMO_RECIPE = Path.of("recipes/demo-shop.yaml").toAbsolutePath();

  /** Generous: the whole run on a busy 2-core machine, not a figure under test. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  static final Duration WEBHOOK_WITHIN = Duration.ofSeconds(1);

  /** How long errand waits for the person here: bounds a failed test, never reached otherwise. */
  static final Duration HANDOFF_TIMEOUT = Duration.ofSeconds(30);

  /** The person: one Playwright for every test (its driver takes ~2 s to start). */
  static Playwright person;

  @TempDir Path tmp;

  @BeforeAll
  static void personArrives() {
    person = aPerson();
  }

  /** A person's own Playwright, to take over errand's browser with; close it when done. */
  static Playwright aPerson() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  @AfterAll
  static void personLeaves() {
    if (person != null) {
      person.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Challenge.class)
  void thePersonSolvesTheCheckAndPaysRemotelyAndErrandCarriesOnByItself(Challenge challenge)
      throws Exception {
    Taken taken = takeOver(challenge, DEMO_RECIPE);
    assertTrue(taken.run().out().contains("outcome: purchased"), taken.run().out());
    assertEquals(
        "url **/checkout",
        first(taken.events(), handoff("challenge")).until(),
        "the recipe's own handoff, with its until");
  }

  @Test
  void aRecipeThatForgetsTheCheckAndTriesToPayIsWatchedOverAndOnlyThePersonPays() throws Exception {
    Path careless = TestRecipes.path("careless.yaml");

    Taken taken = takeOver(Challenge.TURNSTILE, careless);

    List<JournalEvent> events = taken.events();
    JournalEvent.Handoff check1 = first(events, handoff("challenge"));
    assertNotNull(check1.detected(), "errand found the check by itself: " + check1);
    assertNotNull(first(events, handoff("payment")).detected(), "and the payment");
    Predicate<String> started =
        name ->
            StrikeIT.all(events, JournalEvent.StepStart.class).stream()
                .anyMatch(e -> e.step().contains(name));
    assertTrue(started.test("name: 'Continue to payment'"), "how steps are named: " + events);
    assertFalse(started.test("name: 'Pay'"), "errand never pressed Pay: " + events);
  }

  /** What a run handed over looked like: its result and journal. */
  record Taken(CliRunner.Result run, List<JournalEvent> events) {}

  /**
   * Runs {@code recipe} headless with a remote handoff against a shop showing {@code challenge};
   * the person takes over twice (the check, then payment) and errand must purchase.
   */
  Taken takeOver(Challenge challenge, Path recipe) throws Exception {
    ExecutorService errandThread = errandThread("errand-under-test");
    try (DemoShop shop =
            DemoShop.start(
                DemoShopConfig.opensAt(Instant.now().minusSeconds(1))
                    .withoutRivals()
                    .withChallenge(challenge));
        WebhookReceiver webhook = new WebhookReceiver()) {
      CliRunner cli = cliWithWebhook(webhook);
      Path attempts = tmp.resolve("attempts");
      CompletableFuture<CliRunner.Result> running =
          CompletableFuture.supplyAsync(
              () ->
                  cli.run(
                      "run",
                      recipe.toString(),
                      "--profile",
                      "me",
                      "--site",
                      shop.url().toString(),
                      "--now",
                      "--headless",
                      "--remote-handoff=0",
                      "--attempts",
                      attempts.toString()),
              errandThread);
      try {
        return personTakesOver(
            challenge, shop, webhook, running, new JournalWatch(attempts, running));
      } finally {
        awaitEnd(running);
      }
    } finally {
      errandThread.shutdownNow();
    }
  }

  private Taken personTakesOver(
      Challenge challenge,
      DemoShop shop,
      WebhookReceiver webhook,
      CompletableFuture<CliRunner.Result> running,
      JournalWatch journal)
      throws Exception {
    // the check: errand stops, calls, and waits for the person
    String devtools = journal.await("the browser", browser()).devtools();
    assertTrue(devtools.matches("http://127\\.0\\.0\\.1:\\d+"), devtools);
    JournalEvent.Handoff check = journal.await("the check's handoff", handoff("challenge"));
    Duration checkCall = called(webhook, 1, check, running, challenge + " check");
    assertTrue(
        shop.requestLog().matching("POST", "/security-check/verify").isEmpty(),
        "errand never answers a check");

    Browser remote = person.chromium().connectOverCDP(devtools);
    try {
      Page page = errandsPage(remote, "/security-check");
      Instant solving = Instant.now();
      solve(page, challenge);
      JournalEvent.HandoffEnd solved = journal.await("the check's end", handoffEnd("challenge"));
      assertEquals("done", solved.result(), "carried on by itself: " + solved);

      // payment: errand stops again, calls, and never pays
      JournalEvent.Handoff pay = journal.await("the payment handoff", handoff("payment"));
      Duration payCall = called(webhook, 2, pay, running, challenge + " payment");
      assertTrue(shop.payments().isEmpty(), "nothing paid before the person pays");
      assertTrue(shop.requestLog().matching("POST", "/payment").isEmpty(), "nor tried");
      Instant paying = Instant.now();
      payWithATestCard(page);

      CliRunner.Result result = running.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      assertEquals(ExitCode.OK, result.exitCode(), result.toString());
      List<JournalEvent> events = journal.events();
      JournalEvent.Outcome outcome = first(events, is(JournalEvent.Outcome.class, o -> true));
      assertEquals("purchased", outcome.outcome(), outcome.toString());
      assertEquals("done", first(events, handoffEnd("payment")).result());

      List<Payment> payments = shop.payments();
      assertEquals(1, payments.size(), "exactly the person's payment: " + payments);
      assertEquals("4242", payments.get(0).cardLast4());
      for (RequestLog.Entry post : shop.requestLog().matching("POST", "/payment")) {
        assertFalse(post.receivedAt().isBefore(paying), "a payment request before the person");
      }
      for (RequestLog.Entry verify : shop.requestLog().matching("POST", "/security-check/verify")) {
        assertFalse(verify.receivedAt().isBefore(solving), "a check answered before the person");
      }
      assertWaitedFor(solved, shop.requestLog().matching("POST", "/security-check/verify"));
      assertWaitedFor(
          first(events, handoffEnd("payment")), shop.requestLog().matching("POST", "/payment"));
      assertCarriedOnBetween(events, solved, pay);
      assertTrue(result.out().contains("take over at " + devtools), result.out());
      assertTrue(result.out().contains("chrome://inspect"), result.out());
      assertTrue(
          Journal.json()
              .readTree(webhook.received().get(0).body())
              .get("takeOver")
              .asText()
              .startsWith(devtools),
          "the notification says where to take over: " + webhook.received().get(0).body());
      System.out.printf(
          "HandoffIT %s: webhook %d ms after the check's handoff, %d ms after payment's%n",
          challenge, checkCall.toMillis(), payCall.toMillis());
      return new Taken(result, events);
    } finally {
      remote.close(); // disconnects the person; errand closes its own browser
    }
  }

  /**
   * After a failure, lets errand end before the next test: it gives up at the test profile's
   * handoff timeout at the latest.
   */
  static void awaitEnd(CompletableFuture<CliRunner.Result> running) throws InterruptedException {
    try {
      running.get(HANDOFF_TIMEOUT.plus(PATIENCE).toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // the test has already failed and says why; this only keeps runs from overlapping
    }
  }

  CliRunner cliWithWebhook(WebhookReceiver webhook) throws IOException {
    return cliWithProfile(
        tmp,
        "me",
        "notify.webhooks = [ { url = \"" + webhook.url("/errand") + "\", preset = json } ]\n");
  }

  /** One daemon thread for errand under test, so a test can act as the person meanwhile. */
  static ExecutorService errandThread(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * errand in {@code tmp}, with a profile {@code name} for a test-side person: the example profile,
   * quiet (no desktop notification, no bell, no trace), giving up on the person after {@link
   * #HANDOFF_TIMEOUT}, plus {@code more} settings.
   */
  static CliRunner cliWithProfile(Path tmp, String name, String more) throws IOException {
    Path profiles = Files.createDirectories(tmp.resolve("profiles"));
    Files.writeString(
        profiles.resolve(name + ".conf"),
        "include file(\""
            + Path.of("profiles/example.conf").toAbsolutePath()
            + "\")\n"
            + "notify { desktop = false, terminal-bell = false }\n"
            + more
            + "attempts.trace = false\n"
            + "handoff.timeout = "
            + HANDOFF_TIMEOUT.toSeconds()
            + "s\n");
    return new CliRunner(tmp)
        .env("ERRAND_HOME", tmp.resolve("home").toString())
        .env("ERRAND_PROFILES", profiles.toString());
  }

  /** The webhook's {@code n}th call arrived within a second of the handoff's journal line. */
  static Duration called(
      WebhookReceiver webhook,
      int n,
      JournalEvent.Handoff handoff,
      CompletableFuture<CliRunner.Result> running,
      String what)
      throws Exception {
    List<WebhookReceiver.Received> got =
        until(
            () -> webhook.received(),
            r -> r.size() >= n,
            running,
            handoff.t().plus(WEBHOOK_WITHIN).plusSeconds(5),
            "webhook call " + n);
    WebhookReceiver.Received call = got.get(n - 1);
    Duration delay = Duration.between(handoff.t(), call.at());
    assertTrue(delay.compareTo(WEBHOOK_WITHIN) < 0, what + ": webhook after " + delay);
    assertEquals(
        handoff.reason(), Journal.json().readTree(call.body()).get("reason").asText(), call.body());
    return delay;
  }

  /** errand's tab, as the person sees it through remote debugging. */
  static Page errandsPage(Browser remote, String path) {
    return remote.contexts().stream()
        .flatMap(c -> c.pages().stream())
        .filter(p -> p.url().contains(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no page at " + path + " in " + remote.contexts()));
  }

  /** What a person does: tick the box, in the widget's frame for the look-alikes. */
  static void solve(Page page, Challenge challenge) {
    if (challenge == Challenge.DEMO) {
      page.locator(DemoShop.CHALLENGE_SELECTOR + " [role=checkbox]").click();
      return;
    }
    // Turnstile's frame sits in a closed shadow root: no selector reaches it, the frame tree does
    page.waitForCondition(() -> widgetFrame(page) != null);
    widgetFrame(page).getByRole(AriaRole.CHECKBOX).click();
  }

  static Frame widgetFrame(Page page) {
    return page.frames().stream()
        .filter(f -> f.url().contains("/__challenge/"))
        .findFirst()
        .orElse(null);
  }

  /** Types a test card into the payment provider's frame, as a person would, and presses Pay. */
  static void payWithATestCard(Page page) {
    page.waitForURL("**/payment");
    FrameLocator card = page.frameLocator("iframe[title=\"Secure card payment\"]");
    card.getByLabel("Card number").pressSequentially("4242 4242 4242 4242");
    card.getByLabel("Expiry").pressSequentially("12 / 34");
    card.getByLabel("CVC").pressSequentially("123");
    card.getByLabel("Name on card").pressSequentially("Alex Example");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Pay ")))
        .click();
  }

  /** errand's handoff ended only after the person's request reached the shop. */
  static void assertWaitedFor(JournalEvent.HandoffEnd handoffEnd, List<RequestLog.Entry> persons) {
    assertFalse(persons.isEmpty(), "the person's request");
    Instant ended = handoffEnd.t();
    Instant acted = persons.get(persons.size() - 1).receivedAt();
    assertFalse(
        ended.isBefore(acted),
        "errand carried on at " + ended + ", before the person acted at " + acted);
  }

  /** Between the check's end and the payment handoff errand acted alone: it filled the details. */
  static void assertCarriedOnBetween(
      List<JournalEvent> events, JournalEvent.HandoffEnd solved, JournalEvent.Handoff pay) {
    int from = events.indexOf(solved);
    int to = events.indexOf(pay);
    assertTrue(
        events.subList(from, to).stream()
            .anyMatch(is(JournalEvent.StepEnd.class, e -> e.step().contains("Full name"))::test),
        "errand filled the details itself after the check: " + events.subList(from, to));
  }

  /** Journal events of one type that pass a test. */
  record Which<E extends JournalEvent>(Class<E> type, Predicate<E> test) {
    boolean test(JournalEvent e) {
      return type.isInstance(e) && test.test(type.cast(e));
    }
  }

  static <E extends JournalEvent> Which<E> is(Class<E> type, Predicate<E> test) {
    return new Which<>(type, test);
  }

  static Which<JournalEvent.Browser> browser() {
    return is(JournalEvent.Browser.class, b -> true);
  }

  static Which<JournalEvent.Handoff> handoff(String reason) {
    return is(JournalEvent.Handoff.class, h -> reason.equals(h.reason()));
  }

  static Which<JournalEvent.HandoffEnd> handoffEnd(String reason) {
    return is(JournalEvent.HandoffEnd.class, h -> reason.equals(h.reason()));
  }

  static <E extends JournalEvent> E first(List<JournalEvent> events, Which<E> which) {
    return events.stream().filter(which::test).map(which.type()::cast).findFirst().orElse(null);
  }

  /**
   * Polls {@code probe} until {@code done} holds; fails at {@code deadline}, or at once when errand
   * has already ended (with what it printed).
   */
  static <T> T until(
      Supplier<T> probe,
      Predicate<T> done,
      CompletableFuture<CliRunner.Result> running,
      Instant deadline,
      String what)
      throws InterruptedException {
    while (true) {
      T value = probe.get();
      if (done.test(value)) {
        return value;
      }
      if (running.isDone() && done.negate().test(probe.get())) {
        throw new AssertionError("errand ended before " + what + ": " + running.join());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("no " + what + " by " + deadline + "; last: " + value);
      }
      Thread.sleep(10);
    }
  }

  /** The run's journal, read as errand writes it (whole lines only). */
  static final class JournalWatch {
    private final Path attempts;
    private final CompletableFuture<CliRunner.Result> running;

    JournalWatch(Path attempts, CompletableFuture<CliRunner.Result> running) {
      this.attempts = attempts;
      this.running = running;
    }

    <E extends JournalEvent> E await(String what, Which<E> which) throws InterruptedException {
      return first(
          until(
              this::events,
              events -> first(events, which) != null,
              running,
              Instant.now().plus(PATIENCE),
              what),
          which);
    }

    List<JournalEvent> events() {
      List<JournalEvent> events = new ArrayList<>();
      if (!Files.isDirectory(attempts)) {
        return events;
      }
      try (Stream<Path> dirs = Files.list(attempts)) {
        Path journal = dirs.map(d -> d.resolve("journal.jsonl")).findFirst().orElse(null);
        if (journal == null || !Files.exists(journal)) {
          return events;
        }
        String text = Files.readString(journal);
        String whole = text.substring(0, text.lastIndexOf('\n') + 1);
        return JournalLines.parse(whole).events();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
