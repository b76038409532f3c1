package dev.errand.demo;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The live sessions of one shop. Thread-safe. */
final class SessionStore {

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  Optional<Session> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(sessions.get(id));
  }

  Session create() {
    while (true) {
      Session session = new Session(Ids.token(18));
      if (sessions.putIfAbsent(session.id(), session) == null) {
        return session;
      }
    }
  }

  Collection<Session> all() {
    return List.copyOf(sessions.values());
  }
}
