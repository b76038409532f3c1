package dev.errand.browser.recognition;

import dev.errand.browser.QueueState;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a waiting room: a page that holds the person in a queue and lets them through by
 * itself, where reloading can lose the place. Queue-it's rooms by their markup ({@code
 * #MainPart_lbQueueNumber} and its siblings), their {@code *.queue-it.net} host or the Queue-it
 * script with queue wording; Cloudflare's, Akamai's and any shop's own by their wording, in English
 * and a few major languages: a title or main heading such as "You are now in line" or "Waiting
 * room", or the page's text saying both that the person is in a queue and how a room talks ("do not
 * refresh this page", "your estimated wait time", "people ahead of you"). A page that only says "do
 * not refresh" (a payment being processed) is not one.
 */
public final class WaitingRoomSigns {

  /** Queue-it's element ids on its queue page, read for the room's facts. */
  public static final String QUEUE_NUMBER = "#MainPart_lbQueueNumber";

  public static final String USERS_AHEAD = "#MainPart_lbUsersInLineAheadOfYou";
  public static final String WHICH_IS_IN = "#MainPart_lbWhichIsIn";
  public static final String EXPECTED_SERVICE_TIME = "#MainPart_lbExpectedServiceTime";

  /** Every selector the room script looks for: Queue-it's ids, the figures first. */
  public static final List<String> MARKUP =
      List.of(
          QUEUE_NUMBER,
          USERS_AHEAD,
          WHICH_IS_IN,
          EXPECTED_SERVICE_TIME,
          "#MainPart_divProgressbar",
          "#MainPart_lbLastUpdateTimeText",
          "#hlLinkToQueueTicket2");

  /** The text read, at most: a room is a short page. */
  public static final int TEXT_READ = 4_000;

  private static final Pattern QUEUE_IT_SCRIPT =
      Pattern.compile("(?i)//[^/]*queue-it\\.net/|queueclient|queue-it[^/]*\\.js");

  /** Wording that says the person is in a queue. */
  private static final Pattern IN_QUEUE =
      Pattern.compile(
          String.join(
              "|",
              "\\byou(?:'re| are) (?:now |currently |still )?(?:in (?:the |a )?(?:line|queue)"
                  + "|in (?:the )?waiting room|next in line)\\b",
              "\\b(?:virtual |online )?waiting ?room\\b",
              "\\b(?:virtual|online) queue\\b",
              "\\b(?:in (?:the )?(?:line|queue) )ahead of you\\b",
              "\\bahead of you in (?:the )?(?:line|queue)\\b",
              "\\byour (?:number|place|position|spot) in (?:the )?(?:line|queue)\\b",
              // German, French, Spanish, Italian, Dutch, Portuguese
              "\\bwarteschlange\\b|\\bwarteraum\\b|\\bwartesaal\\b",
              "\\bfile d'attente\\b|\\bsalle d'attente\\b",
              "\\bfila virtual\\b|\\bcola virtual\\b|\\bsala de espera\\b"
                  + "|\\best(?:á|a)s? en la (?:fila|cola)\\b",
              "\\bsei in coda\\b|\\bcoda virtuale\\b|\\bsala d'attesa\\b",
              "\\bwachtrij\\b|\\bwachtkamer\\b",
              "\\bfila de espera\\b|\\bvocê está na fila\\b"));

  /** How a waiting room talks besides saying it is one. */
  private static final Pattern ROOM_TALK =
      Pattern.compile(
          String.join(
              "|",
              "\\b(?:please )?(?:do not|don't) (?:refresh|reload|close)\\b",
              "\\bwithout refreshing\\b",
              "\\b(?:estimated|expected|approximate) wait",
              "\\bwait(?:ing)? time\\b",
              "\\bthis page (?:will )?(?:automatically )?(?:refresh|update|reload)",
              "\\b(?:updates|refreshes) (?:automatically|by itself)\\b",
              "\\b(?:you will|you'll) be (?:automatically )?(?:redirected|taken|sent|let in|admitted)",
              "\\bwhen it(?:'s| is) your turn\\b",
              "\\bahead of you\\b|\\bin front of you\\b",
              "\\bnicht (?:neu )?(?:laden|aktualisieren)\\b|\\baktualisieren sie (?:die|diese) seite"
                  + " nicht\\b|\\bwartezeit\\b|\\bvor ihnen\\b",
              "\\bne (?:pas )?(?:actualiser|rafraîchir|recharger)\\b|\\bn'actualisez pas\\b"
                  + "|\\bne rafraîchissez pas\\b|\\btemps d'attente\\b|\\bdevant vous\\b",
              "\\bno (?:actualices|recargues|actualice|recargue|cierres)\\b|\\btiempo de espera\\b"
                  + "|\\bdelante de (?:ti|usted)\\b",
              "\\bnon (?:aggiornare|ricaricare)\\b|\\btempo di attesa\\b|\\bdavanti a te\\b",
              "\\b(?:niet|nicht) (?:verversen|vernieuwen)\\b|\\bwachttijd\\b",
              "\\bnão (?:atualize|recarregue)\\b|\\btempo de espera\\b"));

  private static final String NUMBER = "(\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+|\\d+)";

  private static final Pattern POSITION =
      Pattern.compile(
          "(?:your (?:number|position|place) in (?:the )?(?:line|queue)|(?:your )?queue number"
              + "|number in line|position in (?:the )?queue|you are number"
              + "|ihre (?:nummer|position) in der warteschlange|votre (?:numéro|position|place)"
              + " dans la file(?: d'attente)?|tu (?:número|posición|lugar) en la (?:fila|cola))"
              + "\\s*(?:is|:|#|ist|est|es|=)?\\s*(?:is\\s*)?#?\\s*"
              + NUMBER);

  private static final Pattern AHEAD_BEFORE =
      Pattern.compile(
          NUMBER
              + "\\s+(?:people|users|visitors|customers|fans|others|persons|shoppers|personen"
              + "|personnes|personas|persone)\\s+(?:are\\s+|sind\\s+)?(?:(?:in (?:the )?(?:line|queue)\\s+)?"
              + "ahead of you|in front of you|vor ihnen|vor dir|devant vous|delante de (?:ti|usted)"
              + "|davanti a te)");

  private static final Pattern AHEAD_AFTER =
      Pattern.compile(
          "(?:ahead of you|in front of you|vor ihnen|devant vous|delante de (?:ti|usted)"
              + "|davanti a te)\\s*(?:is|are|:|-)?\\s*"
              + NUMBER
              + "(?![\\d:])");

  private static final String UNIT =
      "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|minuten|stunden?|heures?|minutos?|horas?"
          + "|minuti|ore|uur)";

  private static final Pattern WAIT =
      Pattern.compile(
          "(?:estimated wait(?:ing)?(?: time)?|expected wait(?:ing)?(?: time)?|approximate wait"
              + "(?: time)?|geschätzte wartezeit|temps d'attente estimé|tiempo de espera estimado"
              + "|tempo di attesa stimato|geschatte wachttijd)"
              + "(?:\\s+is|\\s*:|\\s*-)?\\s*"
              + "(less than (?:a|one) minute|under a minute|(?:about |approximately |around |ca\\.? "
              + "|environ |unos |circa )?\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|to)\\s*\\d+)?\\s*"
              + UNIT
              + "(?:\\s+(?:and\\s+)?\\d+\\s*"
              + UNIT
              + ")?|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?)");

  private static final Pattern CALCULATING =
      Pattern.compile("(?i)calculat|berechn|calcul|calculando|…|\\.\\.\\.");

  private WaitingRoomSigns() {}

  /** The waiting room the page shows, with what it says of the place in line; empty if none. */
  public static Optional<QueueState> recognise(RoomFacts page) {
    String host = host(page.url());
    String title = Phrases.normalize(page.title());
    String heading = Phrases.normalize(page.heading());
    String text = Phrases.normalize(cut(page.text(), TEXT_READ));
    boolean queueItScript =
        page.scripts().stream().anyMatch(s -> QUEUE_IT_SCRIPT.matcher(s).find());
    Optional<String> markup = MARKUP.stream().filter(page.marked()::containsKey).findFirst();
    Optional<String> evidence = Optional.empty();
    if (host.equals("queue-it.net") || host.endsWith(".queue-it.net")) {
      evidence = Optional.of("page on " + host);
    } else if (markup.isPresent()) {
      evidence = Optional.of(markup.get());
    } else {
      evidence = wording(title, heading, text);
    }
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    boolean queueIt = markup.isPresent() || queueItScript || host.endsWith("queue-it.net");
    String all = title + " " + text;
    String what =
        queueIt
            ? "Queue-it waiting room"
            : all.contains("cloudflare")
                ? "Cloudflare waiting room"
                : all.contains("akamai") ? "Akamai waiting room" : "waiting room";
    return Optional.of(
        new QueueState(
            what,
            evidence.get(),
            orElse(number(shown(page.marked(), QUEUE_NUMBER)), first(text, POSITION)),
            orElse(
                number(shown(page.marked(), USERS_AHEAD)), first(text, AHEAD_BEFORE, AHEAD_AFTER)),
            waitIn(page.marked()).or(() -> firstText(text, WAIT))));
  }

  /**
   * What in the wording makes the page a waiting room: queue wording in its title or heading, or in
   * its text with a room's other talk.
   */
  private static Optional<String> wording(String title, String heading, String text) {
    for (String[] place : new String[][] {{"title", title}, {"heading", heading}}) {
      Matcher m = IN_QUEUE.matcher(place[1]);
      if (m.find()) {
        return Optional.of(place[0] + " \"" + m.group() + "\"");
      }
    }
    List<int[]> queueSpans = new ArrayList<>();
    Matcher q = IN_QUEUE.matcher(text);
    while (q.find()) {
      queueSpans.add(new int[] {q.start(), q.end()});
    }
    if (queueSpans.isEmpty()) {
      return Optional.empty();
    }
    String said = text.substring(queueSpans.get(0)[0], queueSpans.get(0)[1]);
    Matcher talk = ROOM_TALK.matcher(text);
    while (talk.find()) {
      int at = talk.start();
      boolean inside = queueSpans.stream().anyMatch(s -> at >= s[0] && at < s[1]);
      if (!inside) {
        return Optional.of("text \"" + said + "\" and \"" + talk.group() + "\"");
      }
    }
    return Optional.empty();
  }

  /** The wait from Queue-it's markup: the estimated wait, else the expected time of the turn. */
  private static Optional<String> waitIn(Map<String, String> marked) {
    Optional<String> which = figure(shown(marked, WHICH_IS_IN));
    if (which.isPresent()) {
      return which;
    }
    return figure(shown(marked, EXPECTED_SERVICE_TIME)).map(t -> "until " + t);
  }

  /** A figure as shown, unless it is empty or still being worked out ("calculating…"). */
  private static Optional<String> figure(String shown) {
    String s = shown.replaceAll("[\\s\\u00a0\\u202f]+", " ").trim();
    if (s.isEmpty() || s.length() > 60 || CALCULATING.matcher(s).find()) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  /** The visible text of {@code selector}, empty when it is absent or hidden. */
  private static String shown(Map<String, String> marked, String selector) {
    return marked.getOrDefault(selector, "");
  }

  private static OptionalLong orElse(OptionalLong first, OptionalLong second) {
    return first.isPresent() ? first : second;
  }

  private static OptionalLong number(String shown) {
    Optional<String> s = figure(shown);
    if (s.isEmpty()) {
      return OptionalLong.empty();
    }
    Matcher m = Pattern.compile(NUMBER).matcher(s.get());
    return m.find() ? digits(m.group(1)) : OptionalLong.empty();
  }

  private static OptionalLong first(String text, Pattern... patterns) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return digits(m.group(1));
      }
    }
    return OptionalLong.empty();
  }

  private static Optional<String> firstText(String text, Pattern pattern) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
  }

  private static OptionalLong digits(String number) {
    String d = number.replaceAll("\\D", "");
    return d.isEmpty() || d.length() > 12
        ? OptionalLong.empty()
        : OptionalLong.of(Long.parseLong(d));
  }

  private static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
