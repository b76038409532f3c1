package dev.errand.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Lumen Tickets", the embedded demo ticket shop: one event, a timed release, a cookie wall, a
 * custom dropdown, a basket hold, a demo security check and a payment page, served on 127.0.0.1.
 * Rival buyers start taking tickets shortly after release. Its clock may run ahead of or behind the
 * true one ({@link DemoShopConfig#skew()}): its {@code Date} headers, API times, pages and release
 * all follow {@link #shopClock()}, while the {@link RequestLog} also keeps true receipt times. Used
 * by {@code errand demo} and as the fixture of errand's tests. Many shops may run in one JVM; each
 * must be {@link #close()}d.
 */
public final class DemoShop implements AutoCloseable {

  /** The root element of the demo security-check widget. */
  public static final String CHALLENGE_SELECTOR = "[data-demo-challenge]";

  /** The slug of the one event on sale. */
  public static final String EVENT_SLUG = AuroraEvent.SLUG;

  private static final Logger LOG = LoggerFactory.getLogger(DemoShop.class);
  private static final Duration HOLD_SWEEP = Duration.ofMillis(250);
  private static final AtomicInteger SHOP_NUMBERS = new AtomicInteger();

  private final Shop shop;
  private final Drops drops;
  private final RequestLog requestLog;
  private final RateLimiter limiter;
  private final PageFaults faults;
  private final WaitingRoom room;
  private final BotBlock block;
  private final TinyHttpServer server;
  private final ScheduledExecutorService scheduler;
  private final URI url;
  private final AtomicBoolean closed = new AtomicBoolean();

  private DemoShop(
      Shop shop,
      RequestLog requestLog,
      RateLimiter limiter,
      PageFaults faults,
      WaitingRoom room,
      BotBlock block,
      TinyHttpServer server,
      ScheduledExecutorService scheduler) {
    this.block = block;
    this.shop = shop;
    this.requestLog = requestLog;
    this.limiter = limiter;
    this.faults = faults;
    this.room = room;
    this.server = server;
    this.scheduler = scheduler;
    this.drops = new Drops(shop.inventory(), scheduler);
    this.url = URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
  }

  /**
   * Binds 127.0.0.1 on {@code config.port()} (0 = a free port), starts serving and schedules the
   * rival buyers and the basket-hold expiry.
   *
   * @throws IOException if the port cannot be bound
   */
  public static DemoShop start(DemoShopConfig config) throws IOException {
    Objects.requireNonNull(config, "config");
    int number = SHOP_NUMBERS.incrementAndGet();
    Shop shop = new Shop(config);
    RequestLog requestLog = new RequestLog();
    RateLimiter limiter = new RateLimiter(config.rateLimit(), System::nanoTime);
    PageFaults faults =
        new PageFaults(
            new FaultDraw(
                config.dropShare(),
                config.errorShare(),
                config.errorPageShare(),
                config.faultSeed()),
            limiter,
            System::nanoTime);
    WaitingRoom room = new WaitingRoom(config.waitingRoom(), config.releaseAt());
    BotBlock block = new BotBlock(config.blockAfter());
    InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(daemonThreads("demo-shop-" + number + "-clock"));
    TinyHttpServer server;
    try {
      server =
          TinyHttpServer.start(
              loopback,
              config.port(),
              64,
              routes(shop, requestLog, limiter, faults, room, block),
              shop.clock(),
              daemonThreads("demo-shop-" + number + "-http"),
              daemonThreads("demo-shop-" + number + "-accept"));
    } catch (IOException e) {
      scheduler.shutdownNow();
      throw e;
    }
    DemoShop demo = new DemoShop(shop, requestLog, limiter, faults, room, block, server, scheduler);
    demo.schedule(config);
    LOG.debug(
        "demo shop listening on {}, sale opens at {} (shop clock, skew {}), really at {}",
        demo.url,
        config.releaseAt(),
        config.skew(),
        shop.opensAt());
    return demo;
  }

  private static Router routes(
      Shop shop,
      RequestLog requestLog,
      RateLimiter limiter,
      PageFaults faults,
      WaitingRoom room,
      BotBlock block) {
    Layout layout = new Layout(shop);
    QueuePage queue = new QueuePage(room);
    MessagePage messages = new MessagePage(layout);
    CheckoutPage checkout = new CheckoutPage(shop, layout);
    PaymentPage payment = new PaymentPage(shop, layout);
    MembershipPage membership = new MembershipPage(layout);
    Resale resale = shop.resale();
    return new Router(
            shop.sessions(),
            requestLog,
            messages,
            shop.clock(),
            shop.config().skew(),
            limiter,
            List.of(block, new TooManyRequestsPage(limiter), faults, room),
            new RenderDelay(shop.config().renderDelay()))
        .onStatic(StaticFiles.ROBOTS_PATH, StaticFiles::robots)
        .onStatic(StaticFiles.FAVICON_PATH, StaticFiles::favicon)
        .on("GET", "/", new HomePage(shop, layout))
        .on("GET", AuroraEvent.PATH, new EventPage(shop, layout))
        .on("GET", AuroraEvent.API_PATH, new EventApi(shop))
        .on("GET", "/basket", new BasketPage(shop, layout))
        .on("POST", "/basket", new AddToBasket(shop, messages))
        .on("GET", "/checkout", checkout::show)
        .on("POST", "/checkout", checkout::submit)
        .on("GET", "/security-check", new SecurityCheckPage(layout, shop.config().challenge()))
        .onPrefix("GET", ChallengeWidget.FRAME_PREFIX, new ChallengeFramePage(messages))
        .on("GET", CardFrame.PATH, CardFrame::show)
        .on("POST", "/security-check/verify", new SecurityCheckVerify())
        .on("GET", "/payment", payment::show)
        .on("POST", "/payment", payment::submit)
        .onPrefix("GET", OrderPage.PREFIX, new OrderPage(shop, layout, messages))
        .on("GET", WaitingRoom.PATH, queue::show)
        .on("GET", WaitingRoom.STATUS_PATH, queue::status)
        .on("GET", MembershipPage.PATH, membership::show)
        .on("POST", MembershipPage.PATH, membership::submit)
        .on("GET", Resale.PATH, resale::show)
        .on("POST", Resale.PATH, resale::show)
        .on("GET", Resale.REDIRECT_PATH, resale::go)
        .on(
            "GET",
            Router.INSTRUMENTATION_PREFIX + "log",
            new DemoLogApi(requestLog, limiter, faults, room, block));
  }

  // The periodic tasks catch their own failures (so none cancels its schedule) and end when the
  // scheduler is shut down with the shop: nothing waits on their futures.
  @SuppressWarnings("FutureReturnValueIgnored")
  private void schedule(DemoShopConfig config) {
    scheduler.execute(DemoShop::warmUp);
    long sweepMillis = HOLD_SWEEP.toMillis();
    scheduler.scheduleAtFixedRate(
        this::expireHolds, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
    if (config.rivalTicketsPerSecond() > 0) {
      Instant rivalsStart = shop.opensAt().plus(config.rivalDelay());
      long delayNanos = Math.max(0, Duration.between(shop.now(), rivalsStart).toNanos());
      scheduler.scheduleAtFixedRate(
          new RivalBuyers(shop.inventory(), config.rivalTicketsPerSecond()),
          delayNanos,
          RivalBuyers.TICK.toNanos(),
          TimeUnit.NANOSECONDS);
    }
  }

  /** Loads what the first page and API call need, off the request path. */
  private static void warmUp() {
    try {
      Json.warmUp();
      Resources.template("layout.html");
      Resources.text("shop.css");
      Resources.text("consent.js");
      Resources.text("queue.js");
      Resources.template("queue.html");
    } catch (RuntimeException e) {
      // Only a head start: the same loading happens again, and fails loudly, on first use.
      LOG.warn("demo shop warm-up failed", e);
    }
  }

  private void expireHolds() {
    try {
      shop.expireHolds(shop.now());
    } catch (RuntimeException e) {
      // A failed sweep must not cancel the schedule; say so and sweep again next time.
      LOG.error("demo shop could not expire basket holds", e);
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The shop's home page, e.g. {@code http://127.0.0.1:43123/} (with a trailing slash). */
  public URI url() {
    return url;
  }

  /** The event page, {@code url().resolve("events/aurora-live")}. */
  public URI eventUrl() {
    return url.resolve("events/" + AuroraEvent.SLUG);
  }

  /** When the sale opens, on the shop's clock. */
  public Instant releaseAt() {
    return shop.config().releaseAt();
  }

  /**
   * When the sale really opens, on the shop's clock: {@link #releaseAt()}, or later by the late
   * commit drawn at start ({@link DemoShopConfig#lateCommit()}). Until then the shop behaves as
   * before release.
   */
  public Instant opensReallyAt() {
    return shop.opensAt();
  }

  /**
   * How many page loads broke the rate limit ({@link DemoShopConfig#rateLimit()}): those refused
   * while their IP was shut out, and those sooner than 1 s / limit after the IP's previous page
   * load. 0 without a limit.
   */
  public int rateLimitViolations() {
    return limiter.violations();
  }

  /** How many requests the rate limit refused with {@code 429 Too Many Requests}. */
  public int rateLimited() {
    return limiter.refused();
  }

  /**
   * How many page loads failed with {@code 503 Service Unavailable} ({@link
   * DemoShopConfig#errorShare()}), with or without {@code Retry-After}.
   */
  public int serviceUnavailable() {
    return faults.unavailable();
  }

  /** How many page loads failed with {@code 200 OK} and an error page in the body. */
  public int errorPagesWith200() {
    return faults.okErrorPages();
  }

  /** How many page loads failed either way: {@link #serviceUnavailable()} plus the 200 pages. */
  public int failedPageLoads() {
    return faults.unavailable() + faults.okErrorPages();
  }

  /**
   * How many page loads lost their connection without an answer ({@link
   * DemoShopConfig#dropShare()}); a browser's immediate resend of one is not counted again.
   */
  public int droppedConnections() {
    return faults.dropped();
  }

  /**
   * How many page loads came from an IP sooner than a {@code 503}'s {@code Retry-After} had asked
   * it to wait. (Those inside a {@code 429}'s window are {@link #rateLimitViolations()}.)
   */
  public int errorRetryAfterViolations() {
    return faults.retryAfterViolations();
  }

  /** How many page loads the bot block answered 403 ({@link DemoShopConfig#blockAfter()}). */
  public int blockedPageLoads() {
    return block.blocked();
  }

  /** How many sessions entered the waiting room ({@link DemoShopConfig#waitingRoom()}). */
  public int queueEntries() {
    return room.entered();
  }

  /** How many sessions the waiting room let through, each counted once. */
  public int queuePasses() {
    return room.passes();
  }

  /**
   * How many times a session still waiting in the queue loaded the queue page again, or a page the
   * room guards: each keeps its place, and each is a violation of "do not refresh".
   */
  public int reloadsWhileQueued() {
    return room.reloadsWhileQueued();
  }

  /**
   * The most page loads the shop received within any one second, from every client together, as its
   * rate limit counts page loads ({@link PageLoadRate}); 0 before any.
   */
  public int densestSecondPageLoads() {
    return PageLoadRate.densestSecond(requestLog.entries());
  }

  /**
   * The shop's own clock: the true clock plus {@link DemoShopConfig#skew()}. Its {@code Date}
   * headers, API {@code serverTime}, pages and release logic all read this clock.
   */
  public Clock shopClock() {
    return shop.clock();
  }

  /** The configuration the shop was started with. */
  public DemoShopConfig config() {
    return shop.config();
  }

  /** Every request answered so far, 429s included (except {@code /__demo/} ones). */
  public RequestLog requestLog() {
    return requestLog;
  }

  /** Tickets neither held in a basket nor sold. */
  public int stockLeft() {
    return shop.inventory().available();
  }

  /** Tickets the rival buyers have taken so far. */
  public int rivalTicketsSold() {
    return shop.inventory().takenByRivals();
  }

  /** Every payment accepted on {@code POST /payment}, oldest first. errand must never add one. */
  public List<Payment> payments() {
    return shop.payments();
  }

  /** Every order placed, oldest first. */
  public List<Order> orders() {
    return shop.orders();
  }

  /** Stops the server and the scheduler and frees the port. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    scheduler.shutdownNow();
    try {
      if (!server.close(2_000) || !scheduler.awaitTermination(2, TimeUnit.SECONDS)) {
        LOG.warn("demo shop on {} left threads running after close", url);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("interrupted while closing the demo shop on {}", url);
    }
    LOG.debug("demo shop on {} closed", url);
  }

  /**
   * From now on, sold-out stock comes back by cancellation: {@code tickets} tickets at a time,
   * after waits drawn around {@code mean} (at least 1 s) from a generator seeded with {@code seed}.
   * Call once, after {@link #start}.
   */
  public void cancellations(Duration mean, long seed, int tickets) {
    drops.cancellations(mean, seed, tickets);
  }

  /**
   * Every day from the release instant on (the first at {@code releaseAt} + 1 day) the stock comes
   * back to the config's.
   */
  public void restockDaily() {
    Duration first = Duration.between(shop.now(), shop.opensAt().plus(Duration.ofDays(1)));
    drops.restock(first, Duration.ofDays(1), shop.config().stock());
  }

  /** How many cancellations have given tickets back so far. */
  public int cancellationsSoFar() {
    return drops.cancellations();
  }

  /**
   * How many times the resale marketplace on the other host ({@code resale.localhost}) was reached:
   * its page asked for, or a listing reserved.
   */
  public int resaleVisits() {
    return shop.resale().visits();
  }

  @Override
  public String toString() {
    return "DemoShop[" + url + ", opens " + releaseAt() + "]";
  }
}
