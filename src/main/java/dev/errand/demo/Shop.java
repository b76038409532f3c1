package dev.errand.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The shop's rules: when it sells, what a basket may hold, and what paying does. Every instant the
 * rules see is on the shop's own clock ({@link #clock()}), which runs {@code config.skew()} ahead
 * of the true one. The sale opens at {@link #opensAt()}: the announced release, or later by the
 * late commit drawn when the shop is made ({@link DemoShopConfig#lateCommit()}).
 */
final class Shop {

  private final DemoShopConfig config;
  private final Inventory inventory;
  private final SessionStore sessions = new SessionStore();
  private final List<Order> orders = new CopyOnWriteArrayList<>();
  private final List<Payment> payments = new CopyOnWriteArrayList<>();
  private final Set<String> orderIds = ConcurrentHashMap.newKeySet();
  private final Clock clock;
  private final Instant opensAt;
  private final Resale resale = new Resale();

  Shop(DemoShopConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.inventory = new Inventory(config.stock());
    this.clock = Clock.offset(Clock.systemUTC(), config.skew());
    this.opensAt = config.releaseAt().plusNanos(lateCommit(config));
  }

  /** A delay drawn uniformly from [0, lateCommit], in nanoseconds; 0 without a late commit. */
  private static long lateCommit(DemoShopConfig config) {
    long most = config.lateCommit().toNanos();
    if (most == 0) {
      return 0;
    }
    Random random =
        config.lateCommitSeed().isPresent()
            ? new Random(config.lateCommitSeed().getAsLong())
            : new Random();
    return random.nextLong(0, most + 1);
  }

  /**
   * When the sale really opens, on the shop's clock: {@code config.releaseAt()} plus the late
   * commit. Before it the shop sells nothing, as before release.
   */
  Instant opensAt() {
    return opensAt;
  }

  /** The shop's own clock: the true clock plus the configured skew. */
  Clock clock() {
    return clock;
  }

  /** Now, on the shop's clock. */
  Instant now() {
    return clock.instant();
  }

  DemoShopConfig config() {
    return config;
  }

  Inventory inventory() {
    return inventory;
  }

  SessionStore sessions() {
    return sessions;
  }

  List<Order> orders() {
    return List.copyOf(orders);
  }

  List<Payment> payments() {
    return List.copyOf(payments);
  }

  Optional<Order> order(String id) {
    return orders.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  SaleStatus status(Instant now) {
    if (now.isBefore(opensAt)) {
      return SaleStatus.UPCOMING;
    }
    return inventory.available() > 0 ? SaleStatus.ON_SALE : SaleStatus.SOLD_OUT;
  }

  /** Tries to hold {@code quantityText} tickets of {@code typeId} for {@code session}. */
  AddResult addToBasket(
      Session session, @Nullable String typeId, @Nullable String quantityText, Instant now) {
    if (now.isBefore(opensAt)) {
      return new AddResult.TooEarly(config.releaseAt());
    }
    Optional<TicketType> type = TicketType.byId(typeId);
    if (type.isEmpty()) {
      return new AddResult.Invalid("Please choose a ticket type.");
    }
    int quantity = parseQuantity(quantityText);
    if (quantity < 1) {
      return new AddResult.Invalid("Please choose a quantity of at least 1.");
    }
    synchronized (session) {
      expire(session, now);
      int alreadyHas = session.ticketsHeld() + session.ticketsBought();
      if (alreadyHas + quantity > config.perCustomerLimit()) {
        return new AddResult.OverLimit(config.perCustomerLimit(), alreadyHas);
      }
      if (!inventory.take(quantity)) {
        return new AddResult.NotEnoughStock(inventory.available());
      }
      session.hold(type.get(), quantity, now.plus(config.holdTime()));
      return new AddResult.Added(type.get(), quantity);
    }
  }

  /** The session's basket after giving back an expired hold. */
  BasketSnapshot basket(Session session, Instant now) {
    synchronized (session) {
      expire(session, now);
      return session.basket();
    }
  }

  /** How many tickets the session holds, after giving back an expired hold. */
  int ticketsHeld(Session session, Instant now) {
    synchronized (session) {
      expire(session, now);
      return session.ticketsHeld();
    }
  }

  /** Gives back the tickets of every hold that ran out. */
  void expireHolds(Instant now) {
    for (Session session : sessions.all()) {
      synchronized (session) {
        expire(session, now);
      }
    }
  }

  /**
   * Takes payment for the session's basket: records an {@link Order} and a {@link Payment}. Empty
   * if the basket is empty (or its hold ran out).
   */
  Optional<Order> pay(Session session, String cardLast4, Instant now) {
    synchronized (session) {
      expire(session, now);
      if (session.ticketsHeld() == 0) {
        return Optional.empty();
      }
      List<OrderLine> lines = session.checkOut().stream().map(BasketLine::toOrderLine).toList();
      Order order = Order.of(newOrderId(), session.id(), now, lines);
      orders.add(order);
      payments.add(new Payment(session.id(), order.id(), now, order.totalPence(), cardLast4));
      return Optional.of(order);
    }
  }

  private void expire(Session session, Instant now) {
    int released = session.expireHold(now);
    if (released > 0) {
      inventory.giveBack(released);
    }
  }

  private String newOrderId() {
    while (true) {
      String id = Ids.orderNumber();
      if (orderIds.add(id)) {
        return id;
      }
    }
  }

  private static int parseQuantity(@Nullable String text) {
    if (text == null || !text.trim().matches("[0-9]{1,4}")) {
      return -1;
    }
    return Integer.parseInt(text.trim());
  }

  /** The resale marketplace on another host that the shop links and redirects to. */
  Resale resale() {
    return resale;
  }
}
