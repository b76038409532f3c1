// errand's detection of challenges and payment entry: one pass over the page and its same-origin
// frames. It only reads: markup, visible text, titles. It never reads a field's value, never
// dispatches an event and never changes the page. `table` is DetectScripts.java's table of the
// document signatures; `dom` is dom.js.
(dom, table) => {
  const TABLE = table;
  const MAX_DEPTH = 3;
  const MAX_FRAMES = 60;
  const HEADLINES = 'h1, h2, h3, [role="heading"], legend, label, button, [role="button"],'
    + ' [role="checkbox"]';
  const combined = TABLE.selectors.map((s) => s[1]).join(', ');
  const hits = [];
  const frames = [];
  const seen = new Set();

  const norm = dom.phrase;
  const visible = dom.shown;

  const hit = (index, where) => {
    const key = index + '|' + where;
    if (!seen.has(key)) {
      seen.add(key);
      hits.push([index, where]);
    }
  };

  const framePath = (frame, doc) => {
    try {
      return new URL(frame.getAttribute('src') || '', doc.baseURI).pathname;
    } catch (e) {
      return frame.name || 'iframe';
    }
  };

  const scan = (doc, where, depth) => {
    if (!doc || !doc.documentElement) {
      return;
    }
    if (combined) {
      for (const el of doc.querySelectorAll(combined)) {
        if (!visible(el)) {
          continue;
        }
        for (const [index, selector] of TABLE.selectors) {
          if (el.matches(selector)) {
            hit(index, where);
          }
        }
      }
    }
    const title = norm(doc.title);
    for (const [index, phrase] of TABLE.titles) {
      if (title === phrase) {
        hit(index, where);
      }
    }
    const text = doc.body ? norm(doc.body.innerText) : '';
    for (const [index, phrase] of TABLE.phrases) {
      if (text.includes(phrase)) {
        hit(index, where);
      }
    }
    if (TABLE.headlines.length) {
      const parts = [doc.title];
      for (const el of doc.querySelectorAll(HEADLINES)) {
        if (visible(el)) {
          parts.push(el.getAttribute('aria-label') || '', el.innerText || '');
        }
      }
      const headline = norm(parts.join(' | '));
      for (const [index, phrase] of TABLE.headlines) {
        if (headline.includes(phrase)) {
          hit(index, where);
        }
      }
    }
    for (const frame of doc.querySelectorAll('iframe, frame')) {
      if (frames.length >= MAX_FRAMES) {
        break;
      }
      const shown = visible(frame);
      frames.push({src: frame.src || '', name: frame.name || '', title: frame.title || '', visible: shown, where});
      if (!shown || depth >= MAX_DEPTH) {
        continue;
      }
      let inner = null;
      try {
        inner = frame.contentDocument;
      } catch (e) {
        inner = null;
      }
      if (inner) {
        scan(inner, (where ? where + ' > ' : '') + framePath(frame, doc), depth + 1);
      }
    }
  };

  scan(document, '', 0);
  return {hits, frames};
}
