// errand's look for what covers the page: the recipe's dismiss rules, the cookie banners of the
// consent managers it knows (ConsentManagers.java), any dialog or fixed box that reads as a cookie
// notice with an accept button, and covering pop-ups that read as newsletter offers. It only reads;
// it returns where to click (the centre of a control nothing covers) or that Escape should close a
// pop-up, and errand acts with trusted input. Never a control whose label pays, one inside payment
// markup, or a link that leaves the site. A box that holds the step's own target is left alone.
// `args`: {rules: [JSON of [candidate...] | null ...], keep: JSON of [candidate...] | null,
// managers, wording, pay: PayWording.java's wording, payment: [selector...]}; `dom` is dom.js.
(dom, args) => {
  const MAX_TEXT = 4000;
  const VW = window.innerWidth;
  const VH = window.innerHeight;
  const CLICKABLE = 'button, [role="button"], a[href], [role="link"], input[type="button" i],'
    + ' input[type="submit" i], input[type="image" i], [onclick]';
  const DIALOGS = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open]';
  const whole = (sources) => sources.map((s) => new RegExp('^(?:' + s + ')$', 'u'));
  const W = args.wording;
  const ACCEPT = whole(W.accept);
  const CLOSE = whole(W.close);
  const CROSS_ONLY = new RegExp('^\\s*' + W.cross + '\\s*$', 'u');
  const COMMITS = whole(args.pay.commits);
  const WITH_ENTRY = whole(args.pay.withEntry);
  const edges = (s) => dom.phrase(s).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const rank = (patterns, label) => {
    const t = edges(label);
    if (!t || t.length > 80) return -1;
    return patterns.findIndex((re) => re.test(t));
  };
  const labelsOf = (el) => {
    const text = dom.norm(el.innerText || el.value || '');
    const name = dom.nameOf(el, dom.roleOf(el) || 'button');
    return text && text !== name ? [text, name] : [name];
  };
  // What the person sees on it, unless that is only a sign ("×"): then its name ("Close").
  const shownLabel = (el) => labelsOf(el).find((l) => /[\p{L}\p{N}]/u.test(l))
    || labelsOf(el).find((l) => l) || '';
  const acceptRank = (el) => best(labelsOf(el).map((l) => rank(ACCEPT, l)));
  const closeRank = (el) => best(labelsOf(el).map((l) => (CROSS_ONLY.test(l) ? rank(CLOSE, 'x')
    : rank(CLOSE, l))));
  const best = (ranks) => {
    const found = ranks.filter((r) => r >= 0);
    return found.length ? Math.min(...found) : -1;
  };

  // ---- what must never be clicked ----------------------------------------------------------------
  const pays = (el) => {
    for (const label of labelsOf(el)) {
      const t = edges(label);
      if (t && t.length <= 80 && (COMMITS.some((re) => re.test(t))
        || WITH_ENTRY.some((re) => re.test(t)))) return true;
    }
    return args.payment.some((selector) => el.closest(selector));
  };
  const leaves = (el) => {
    const link = el.closest('a[href]');
    if (!link) return false;
    try {
      const url = new URL(link.getAttribute('href'), document.baseURI);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== location.host;
    } catch (e) {
      return true;
    }
  };
  const allowed = (el) => !pays(el) && !leaves(el);

  // ---- where to click ----------------------------------------------------------------------------
  // The centre of el, when it is inside the window and nothing else is on top of it there.
  const point = (el) => {
    if (!dom.shown(el)) return null;
    let r = el.getBoundingClientRect();
    if (r.bottom <= 0 || r.top >= VH || r.right <= 0 || r.left >= VW) {
      el.scrollIntoView({block: 'center', inline: 'center'});
      r = el.getBoundingClientRect();
    }
    const x = Math.min(Math.max(r.left + r.width / 2, 0), VW - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), VH - 1);
    const root = el.getRootNode();
    const top = (root.elementFromPoint ? root : document).elementFromPoint(x, y);
    return top && (top === el || el.contains(top)) ? {x, y} : null;
  };

  // ---- boxes -------------------------------------------------------------------------------------
  const keep = args.keep ? JSON.parse(args.keep).flatMap((c) => dom.find(c)).filter(dom.visible)
    : [];
  const holdsTarget = (box) => keep.some((el) => box === el || box.contains(el));
  const position = (el) => getComputedStyle(el).position;
  // The outermost fixed or sticky box around el (el itself included), or null.
  const fixedBox = (el) => {
    let found = null;
    for (let n = el, depth = 0; n && n.nodeType === Node.ELEMENT_NODE && depth < 40;
      n = n.parentElement, depth++) {
      if (n === document.body || n === document.documentElement) break;
      const p = position(n);
      if (p === 'fixed' || p === 'sticky') found = n;
    }
    return found;
  };
  const boxes = new Set();
  for (const el of document.querySelectorAll(DIALOGS)) {
    if (dom.shown(el) && !dom.ariaHidden(el)) boxes.add(fixedBox(el) || el);
  }
  const SAMPLES = [[0.5, 0.5], [0.5, 0.02], [0.5, 0.98], [0.1, 0.98], [0.9, 0.98], [0.1, 0.5],
    [0.9, 0.5]];
  for (const [fx, fy] of SAMPLES) {
    const hit = document.elementFromPoint(VW * fx, VH * fy);
    const box = hit && fixedBox(hit);
    if (box) boxes.add(box);
  }
  // A box inside another is read with it.
  const outer = Array.from(boxes).filter((b) => !Array.from(boxes).some((o) => o !== b
    && o.contains(b)));
  const covers = (box) => {
    const r = box.getBoundingClientRect();
    const area = Math.max(0, Math.min(r.right, VW) - Math.max(r.left, 0))
      * Math.max(0, Math.min(r.bottom, VH) - Math.max(r.top, 0));
    return area >= 0.25 * VW * VH || !!box.closest('[aria-modal="true"]')
      || !!box.querySelector('[aria-modal="true"], dialog:modal');
  };
  const heading = (box) => {
    const h = box.querySelector('h1, h2, h3, [role="heading"]');
    const dialog = box.matches(DIALOGS) ? box : box.querySelector(DIALOGS);
    const text = (h && dom.shown(h) ? dom.norm(h.innerText) : '')
      || (dialog ? dom.nameOf(dialog, 'dialog') : '');
    return text.length > 60 ? text.slice(0, 57) + '…' : text;
  };
  const named = (kind, box) => {
    const h = heading(box);
    return 'the ' + kind + (h ? ' "' + h + '"' : '');
  };
  const controls = (box) => Array.from(box.querySelectorAll(CLICKABLE))
    .filter((el) => dom.visible(el) && !dom.ariaHidden(el) && allowed(el));
  const bestOf = (els, ranker) => {
    let found = null;
    let foundRank = -1;
    for (const el of els) {
      const r = ranker(el);
      if (r >= 0 && (foundRank < 0 || r < foundRank)) {
        found = el;
        foundRank = r;
      }
    }
    return found;
  };

  // ---- looking -----------------------------------------------------------------------------------
  const actions = [];
  const done = new Set();
  const click = (kind, key, what, el) => {
    const at = point(el);
    if (at) {
      actions.push({kind, key, what, button: shownLabel(el).slice(0, 60), x: at.x, y: at.y});
    }
  };

  (args.rules || []).forEach((json, index) => {
    if (!json) return;
    for (const candidate of JSON.parse(json)) {
      const el = dom.find(candidate).find(dom.visible);
      if (!el) continue;
      const target = el.closest(CLICKABLE) || el;
      if (allowed(target) && !done.has(target) && !holdsTarget(target)) {
        done.add(target);
        const box = fixedBox(target);
        if (box) done.add(box);
        click('rule', 'rule:' + index, '' + index, target);
      }
      return;
    }
  });

  for (const m of args.managers) {
    let root = document;
    if (m.host) {
      const host = document.querySelector(m.host);
      root = host && host.shadowRoot;
      if (!root) continue;
    }
    const el = Array.from(root.querySelectorAll(m.accept)).find((b) => dom.visible(b));
    if (!el || done.has(el) || !allowed(el)) continue;
    const box = fixedBox(el) || el;
    if (holdsTarget(box) || done.has(box)) continue;
    done.add(el);
    done.add(box);
    click('consent', 'consent:' + m.name, 'the ' + m.name + ' cookie banner', el);
  }

  for (const box of outer) {
    if (done.has(box) || holdsTarget(box) || Array.from(done).some((d) => box.contains(d))) {
      continue;
    }
    const text = dom.phrase((box.innerText || '').slice(0, MAX_TEXT));
    const els = controls(box);
    if (W.consent.some((w) => text.includes(w))) {
      const accept = bestOf(els, acceptRank);
      if (accept) {
        click('consent', 'consent:' + heading(box), named('cookie banner', box), accept);
        continue;
      }
    }
    if (covers(box) && W.newsletter.some((w) => text.includes(w))
      && !box.querySelector('input[type="password" i], input[autocomplete^="cc-"]')) {
      const close = bestOf(els, closeRank) || bestOf(
        Array.from(box.querySelectorAll('[aria-label*="close" i], [class*="close" i],'
          + ' [data-dismiss], [data-bs-dismiss]')).filter((el) => dom.visible(el) && allowed(el)
          && !dom.norm(el.innerText)), () => 0);
      const key = 'popup:' + heading(box);
      if (close) {
        click('popup', key, named('pop-up', box), close);
      } else {
        actions.push({kind: 'popup', key, what: named('pop-up', box), button: 'Escape',
          escape: true});
      }
    }
  }
  return {actions};
}
