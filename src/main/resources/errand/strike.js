// errand's strike: the at-release steps run inside the page, so that none of them waits for a round
// trip to errand. StrikePlan.java writes the plan; PlaywrightStrike.java installs this script in
// the page (and for the next document); at the instant the page starts it by itself, on its own
// clock mapped onto errand's, and errand's call starts it where the page did not.
// Whenever a step is not plainly doable here (nothing found in time, something covers the target,
// a challenge or payment shows, the page went elsewhere), the script stops before that step and
// errand's normal path takes over from it: errors, verdicts and refusals are all made there.
// It dispatches the same DOM events a click, a select and a typed value cause, but they are not
// trusted input events; it never reads a field's value and never touches card fields.
// `dom` is dom.js, `detect` detect.js's scan over `plan.signatures` (DetectScripts.java's table),
// and `plan.payWording` PayWording.java's wording.
(dom, detect, plan) => {
  if (window !== window.top) return;
  // Reports wait in the page until the strike has handed over or finished, and then until its last
  // action's request is out: every message to errand wakes Playwright's driver and errand's JVM,
  // which share the machine's cores with the browser just when it is sending the purchase request.
  // Reports sent step by step, or right after the final click, slow the steps and that click's
  // navigation (docs/measurements.md). So they go SETTLE_MS later, or at once when errand must take
  // over.
  // A message sent while the page is leaving this document may never reach errand (Playwright drops
  // a binding call whose document is gone by the time it looks). So every report also waits in
  // session storage, written when they are sent and when the page leaves, and the next document
  // sends them all again; each has a number (seq), and errand takes each number once.
  const SETTLE_MS = 50;
  const STASH = plan.key + ':reports';
  let said = [];
  let sent = 0;
  let flushing = null;
  const stash = () => {
    try {
      sessionStorage.setItem(STASH, JSON.stringify(said));
    } catch (e) {
      // no session storage here: errand hears that the page went to another document
    }
  };
  const send = (batch) => {
    try {
      window[plan.binding](JSON.stringify(batch));
    } catch (e) {
      // errand is gone: nothing to tell
    }
  };
  const flush = () => {
    if (flushing !== null) clearTimeout(flushing);
    flushing = null;
    if (sent >= said.length) return;
    stash();
    const batch = said.slice(sent);
    sent = said.length;
    send(batch);
  };
  window.addEventListener('pagehide', () => {
    if (sent < said.length) stash();
  });
  const report = (message) => {
    message.seq = said.length;
    said.push(message);
  };
  // Now, for a hand-over (errand's normal path takes the step at once); soon, for the end.
  const reportNow = (message) => {
    report(message);
    flush();
  };
  const reportSoon = (message) => {
    report(message);
    if (flushing === null) flushing = setTimeout(flush, SETTLE_MS);
  };
  const now = () => performance.timeOrigin + performance.now();

  const {norm, visible, roleOf, nameOf, firstVisible} = dom;
  const all = (selector) => Array.from(document.querySelectorAll(selector));

  // ---- conditions ---------------------------------------------------------------------------------
  // UrlPattern.java's matching: a regex anywhere, or a glob's regex over all of the part it names.
  const urlMatches = (pattern) => {
    const url = location.href;
    if (!pattern.whole) return new RegExp(pattern.regex).test(url);
    const noFragment = url.split('#')[0];
    const part = pattern.part === 'url' ? url
      : pattern.part === 'no-fragment' ? noFragment : noFragment.split('?')[0];
    return new RegExp('^(?:' + pattern.regex + ')$').test(part);
  };
  const holds = (cond) => {
    if (cond.kind === 'url') return {ok: urlMatches(cond.url)};
    const m = firstVisible(cond.candidates);
    return cond.kind === 'visible' ? {ok: !!m, match: m} : {ok: !m};
  };

  // ---- the person's turn --------------------------------------------------------------------------
  // Anything detect.js sees (a challenge, payment entry) is errand's normal path's business, and so
  // is a visible frame that fits a frame signature of the same table.
  const FRAMES = plan.signatures.frames;
  const PAYMENT_FRAMES = FRAMES.filter((sig) => sig.kind === 'PAYMENT');
  let lastLook = -Infinity;
  let lastSeen = false;
  const personsTurn = () => {
    if (now() - lastLook < 50) return lastSeen;
    lastLook = now();
    const seen = detect(plan.signatures);
    return lastSeen = seen.hits.length > 0
      || seen.frames.some((f) => f.visible && FRAMES.some((sig) => dom.frameFits(f, sig)));
  };
  // PayWording.java's wording: labels that pay wherever they are, and labels that pay on a payment
  // step (payment entry, or a saved card: SavedCards.java). Either stops the strike; the normal path
  // then decides, and refuses.
  const PAY_WORDING = plan.payWording;
  const wording = (sources) => sources.map((source) => new RegExp('^(?:' + source + ')$', 'u'));
  const COMMITS = wording(PAY_WORDING.commits);
  const WITH_ENTRY = wording(PAY_WORDING.withEntry);
  // textContent, not innerText: no layout on the critical path; a stop only hands the step back.
  const SAVED_CARD = new RegExp(PAY_WORDING.savedCard, 'u');
  const savedCard = () => SAVED_CARD.test(dom.phrase(document.body ? document.body.textContent
    : ''));
  const paymentEntry = () => !!document.querySelector('input[autocomplete^="cc-"]')
    || all('iframe, frame').some((f) => dom.shown(f) && PAYMENT_FRAMES.some((sig) => dom.frameFits(
      {src: f.src || '', name: f.name || '', title: f.title || ''}, sig)));
  const paymentWording = (el) => {
    const label = dom.phrase(nameOf(el, roleOf(el) || 'button'))
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!label || label.length > 80) return false;
    if (COMMITS.some((re) => re.test(label))) return true;
    return WITH_ENTRY.some((re) => re.test(label)) && (paymentEntry() || savedCard());
  };

  // ---- waiting ------------------------------------------------------------------------------------
  // Checks on every change to the page, and every 10 ms for changes no mutation shows (styles).
  const until = (check, timeoutMs) => new Promise((resolve) => {
    let done = false;
    let observer = null;
    let timer = null;
    const finish = (value) => {
      if (done) return;
      done = true;
      if (observer) observer.disconnect();
      clearInterval(timer);
      resolve(value);
    };
    const attempt = () => {
      if (done) return;
      let value;
      try {
        value = check();
      } catch (e) {
        finish({stop: 'page script error: ' + e.message});
        return;
      }
      if (value) finish(value);
      else if (now() > deadline) finish(null);
    };
    const deadline = now() + timeoutMs;
    attempt();
    if (done) return;
    observer = new MutationObserver(attempt);
    observer.observe(document, {childList: true, subtree: true, attributes: true,
      characterData: true});
    timer = setInterval(attempt, 10);
  });
  const parsed = () => document.readyState !== 'loading' ? Promise.resolve() : new Promise(
    (resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), {once: true}));

  // ---- input --------------------------------------------------------------------------------------
  const disabled = (el) => el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true';
  // A target ready for input: {el, x, y, hit}; or {wait: reason}; or {stop: reason}.
  const ready = (el) => {
    if (!el.isConnected || !visible(el)) return {wait: 'not visible'};
    if (disabled(el)) return {wait: 'disabled'};
    const inView = (r) => {
      const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
      return cx >= 0 && cy >= 0 && cx < innerWidth && cy < innerHeight;
    };
    let r = el.getBoundingClientRect();
    if (!inView(r)) {
      el.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
      r = el.getBoundingClientRect();
      if (!inView(r)) return {stop: 'out of view'};
    }
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    let n = hit;
    while (n && n !== el) n = n.parentNode || n.host;
    if (!n) return {stop: 'covered'};
    return {el, x, y, hit};
  };
  const mouse = (t, type, Ctor) => t.hit.dispatchEvent(new Ctor(type, {bubbles: true,
    cancelable: true, composed: true, clientX: t.x, clientY: t.y, button: 0,
    buttons: type.endsWith('down') ? 1 : 0, view: window, pointerId: 1, pointerType: 'mouse',
    isPrimary: true, detail: 1}));
  const click = (t) => {
    mouse(t, 'pointerover', PointerEvent);
    mouse(t, 'mouseover', MouseEvent);
    mouse(t, 'pointerdown', PointerEvent);
    const focus = mouse(t, 'mousedown', MouseEvent);
    if (focus && t.el.focus) t.el.focus({preventScroll: true});
    mouse(t, 'pointerup', PointerEvent);
    mouse(t, 'mouseup', MouseEvent);
    mouse(t, 'click', MouseEvent);
  };
  // Waits for a visible, enabled, uncovered match of the candidates: {match, target} or {stop}.
  const target = async (candidates, deadline) => {
    let lastWhy = 'nothing visible matched';
    const found = await until(() => {
      const m = firstVisible(candidates);
      if (!m) return null;
      const t = ready(m.el);
      if (t.wait) {
        lastWhy = t.wait;
        return null;
      }
      return {match: m, target: t};
    }, deadline - now());
    if (!found) return {stop: lastWhy};
    if (found.target.stop) return {stop: found.target.stop};
    return found;
  };

  // ---- select -------------------------------------------------------------------------------------
  const nativeIndex = (select, wanted) => {
    const options = Array.from(select.options);
    const w = wanted.trim();
    const label = (o) => (o.label || o.text || '').trim();
    let i = options.findIndex((o) => label(o) === w);
    if (i < 0) i = options.findIndex((o) => o.value === wanted);
    if (i < 0) i = options.findIndex((o) => label(o).toLowerCase() === w.toLowerCase());
    return i;
  };
  const escapeRe = (s) => s.trim().replace(/[\\^$.|?*+()[\]{}/-]/g, '\\$&');
  const optionIn = (list, wanted) => {
    const prefix = new RegExp('^\\s*' + escapeRe(wanted) + '(?:$|[\\s(\\[,:;/|\\-\u2013\u2014])', 'i');
    const scope = list || document;
    const items = (role) => Array.from(scope.querySelectorAll('[role=' + role + ']'))
      .filter((el) => visible(el));
    for (const role of ['option', 'menuitem']) {
      const named = items(role).map((el) => ({el, name: nameOf(el, role)}));
      const exact = named.find((o) => o.name === norm(wanted));
      if (exact) return exact;
      const starts = named.find((o) => prefix.test(o.name));
      if (starts) return starts;
    }
    return null;
  };
  // CardFields.java's hint and CardNumbers.java's check: the strike never types or chooses card
  // data, and hands such a step back to the normal path, which refuses it.
  const CARD_HINT = new RegExp(plan.cardField, 'i');
  const cardField = (el) => CARD_HINT.test([el.getAttribute('autocomplete'),
    el.getAttribute('name'), el.id, el.getAttribute('placeholder'), el.getAttribute('aria-label'),
    ...Array.from(el.labels || []).map((l) => l.textContent)].filter(Boolean).join(' | '));
  const luhn = (digits) => {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let d = digits.charCodeAt(digits.length - 1 - i) - 48;
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return sum % 10 === 0;
  };
  const cardNumber = (text) => (String(text).match(/(?<!\d)\d(?:[ \u00a0-]?\d){11,18}(?!\d)/g)
    || []).some((run) => luhn(run.replace(/\D/g, '')));

  const select = async (step, deadline) => {
    if (cardNumber(step.option)) return {stop: 'a card number'};
    const found = await target(step.target, deadline);
    if (found.stop) return found;
    const el = found.target.el;
    if (cardField(el)) return {stop: 'a card field'};
    if (el.tagName === 'SELECT') {
      const i = nativeIndex(el, step.option);
      if (i < 0 || el.options[i].disabled) return {stop: 'option not there'};
      el.value = undefined;
      el.options[i].selected = true;
      el.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      el.dispatchEvent(new Event('change', {bubbles: true}));
      return {match: found.match, label: (el.options[i].label || el.options[i].text).trim()};
    }
    if (el.getAttribute('aria-expanded') !== 'true') click(found.target);
    const ids = (el.getAttribute('aria-controls') || el.getAttribute('aria-owns') || '').trim();
    const list = ids ? document.getElementById(ids.split(/\s+/)[0]) : null;
    const chosen = await until(() => {
      const o = optionIn(list, step.option);
      if (!o) return null;
      const t = ready(o.el);
      return t.wait ? null : {option: o, target: t};
    }, Math.min(deadline - now(), 2000));
    if (!chosen) return {stop: 'option not shown'};
    if (chosen.target.stop) return {stop: chosen.target.stop};
    click(chosen.target);
    return {match: found.match, label: chosen.option.name};
  };

  // ---- fill and check -----------------------------------------------------------------------------
  const fill = async (step, deadline) => {
    if (cardNumber(step.value)) return {stop: 'a card number'};
    const found = await target(step.target, deadline);
    if (found.stop) return found;
    const el = found.target.el;
    const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype
      : el.tagName === 'INPUT' ? HTMLInputElement.prototype : null;
    if (!proto || /^cc-/.test(el.getAttribute('autocomplete') || '')) return {stop: 'not a plain field'};
    if (cardField(el)) return {stop: 'a card field'};
    el.focus({preventScroll: true});
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, step.value);
    el.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true,
      inputType: 'insertText', data: step.value}));
    el.dispatchEvent(new Event('change', {bubbles: true}));
    return {match: found.match};
  };
  const check = async (step, deadline) => {
    const found = await target(step.target, deadline);
    if (found.stop) return found;
    const el = found.target.el;
    const state = el.tagName === 'INPUT' ? el.checked
      : el.getAttribute('aria-checked') === 'true' ? true
        : el.getAttribute('aria-checked') === 'false' ? false : null;
    if (state === null) return {stop: 'not a checkbox'};
    if (state !== step.checked) click(found.target);
    return {match: found.match};
  };

  // Whether clicking el plainly takes the page to another origin (a link, or a form's submit).
  const leavesOrigin = (el) => {
    const link = el.closest('a[href]');
    const form = el.form || el.closest('form');
    const to = link ? link.href : form ? (el.formAction || form.action) : null;
    try {
      return !!to && new URL(to, location.href).origin !== location.origin;
    } catch (e) {
      return false;
    }
  };

  // ---- the steps ----------------------------------------------------------------------------------
  const STEPS = {
    wait: async (step, deadline) => {
      const r = await until(() => {
        const h = holds(step.condition);
        if (h.ok) return h;
        return personsTurn() ? {stop: 'the person\'s turn'} : null;
      }, deadline - now());
      if (!r) return step.optional && !step.capped ? {failed: true} : {stop: 'not yet'};
      return r.stop ? r : {match: r.match};
    },
    expect: async (step) => holds(step.condition).ok ? {} : {stop: 'does not hold'},
    click: async (step, deadline) => {
      const found = await target(step.target, deadline);
      if (found.stop) return found;
      if (paymentWording(found.target.el)) return {stop: 'payment wording'};
      const away = leavesOrigin(found.target.el);
      click(found.target);
      return {match: found.match, away};
    },
    select,
    fill,
    check,
  };

  const run = async (from) => {
    await parsed();
    for (let i = from; i < plan.steps.length; i++) {
      const step = plan.steps[i];
      const started = now();
      if (step.when && !holds(step.when).ok) {
        report({step: i, started, ended: now(), skipped: true});
        continue;
      }
      if (step.op === 'reload') {
        try {
          sessionStorage.setItem(plan.key, String(i + 1));
        } catch (e) {
          reportNow({stop: i, why: 'no session storage'});
          return;
        }
        reportSoon({step: i, started, ended: now()});
        location.reload();
        return;
      }
      let result;
      try {
        result = await STEPS[step.op](step, started + step.timeoutMs);
      } catch (e) {
        result = {stop: 'page script error: ' + e.message};
      }
      if (result.stop) {
        reportNow({stop: i, why: result.stop});
        return;
      }
      report({step: i, started, ended: now(), match: result.match ? result.match.index : null,
        failed: !!result.failed});
      // Session storage does not follow the page to another origin: tell errand before it goes.
      if (result.away) flush();
    }
    reportSoon({done: true});
  };

  // Started once: by the page itself at the instant errand set (see below), or by errand; or, in
  // the document a reload of the strike brought, where the strike left off (the reload left its
  // place in session storage; nothing else runs it). Says whether this call started it.
  // Kept in session storage too: a document the strike's own click or link brings must not let
  // errand's call (which may come after the page started by itself) start the steps again there.
  const BEGUN = plan.key + ':begun';
  let started = false;
  const start = () => {
    if (started) return false;
    started = true;
    try {
      sessionStorage.setItem(BEGUN, '1');
    } catch (e) {
      // no session storage here: the next document does not know, as before
    }
    run(0);
    return true;
  };
  window[plan.go] = start;
  // At `at` on this page's clock (errand mapped its target onto it, late rather than early): a
  // timer until the last milliseconds, which a timer can miss, then a spin. errand still fires at
  // the instant, which starts nothing when this already has.
  const LAST_MS = 8;
  let timer = null;
  // Called again with a new `at` when errand's target moves (a sync finished while it waited);
  // with null it withdraws the start, and errand's own fire starts the steps.
  window[plan.go + 'At'] = (at) => {
    if (at === null) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      return;
    }
    if (typeof at !== 'number' || !isFinite(at)) return;
    const tick = () => {
      timer = null;
      if (started) return;
      const left = at - now();
      if (left > LAST_MS) {
        timer = setTimeout(tick, left - LAST_MS);
        return;
      }
      while (now() < at) {
        // the last milliseconds
      }
      start();
    };
    if (timer !== null) clearTimeout(timer);
    tick();
  };
  if (plan.resume) {
    let next = null;
    try {
      next = sessionStorage.getItem(plan.key);
      sessionStorage.removeItem(plan.key);
      said = JSON.parse(sessionStorage.getItem(STASH) || '[]');
    } catch (e) {
      next = null;
    }
    const arrived = {document: location.href, resumed: next !== null, origin: performance.timeOrigin,
      at: now()};
    if (next !== null) {
      started = true;
      report(arrived);
      run(Number(next));
    } else {
      // Not carrying on ends the strike: errand hears that at once, after what the strike said in
      // the document before (none, if it never started there). Not kept: nothing here is the strike's.
      // Where it started in a document before, errand's call starts nothing here.
      try {
        started = sessionStorage.getItem(BEGUN) !== null;
      } catch (e) {
        started = false;
      }
      flush();
      send([arrived]);
      said = [];
      sent = 0;
    }
  }
}
