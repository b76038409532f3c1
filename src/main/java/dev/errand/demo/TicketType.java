package dev.errand.demo;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The kinds of ticket on sale. All share one stock. */
enum TicketType {
  STANDING("standing", "Standing", 4_500, "General admission on the floor."),
  SEATED("seated", "Seated", 6_500, "Allocated seat in the circle, best available."),
  VIP("vip", "VIP", 12_000, "Early entry, balcony bar and a signed tour poster.");

  private final String id;
  private final String displayName;
  private final long pricePence;
  private final String description;

  TicketType(String id, String displayName, long pricePence, String description) {
    this.id = id;
    this.displayName = displayName;
    this.pricePence = pricePence;
    this.description = description;
  }

  String id() {
    return id;
  }

  String displayName() {
    return displayName;
  }

  long pricePence() {
    return pricePence;
  }

  String price() {
    return Money.format(pricePence);
  }

  String description() {
    return description;
  }

  static Optional<TicketType> byId(@Nullable String id) {
    for (TicketType type : values()) {
      if (type.id.equals(id)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
