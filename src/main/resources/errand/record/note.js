// errand record: in every frame, notes what a press or a focus landed on, for the recipe's CSS
// fallback and to know password and card fields: a CSS path that finds that element alone, its tag,
// type, autocomplete and the words it is known by (name, id, placeholder, labels). Never its value.
(() => {
  if (window.__errandRecordNoting) {
    return;
  }
  window.__errandRecordNoting = true;
  const CONTROL = 'button, a[href], input, select, textarea, label, summary, [role=button], [role=link],'
      + ' [role=checkbox], [role=radio], [role=tab], [role=option], [role=menuitem], [role=combobox]';

  function unique(selector) {
    try {
      return document.querySelectorAll(selector).length === 1;
    } catch (e) {
      return false;
    }
  }

  function quoted(value) {
    return '"' + value.replace(/["\\]/g, '\\$&') + '"';
  }

  function cssOf(el) {
    if (el.id && unique('#' + CSS.escape(el.id))) {
      return '#' + CSS.escape(el.id);
    }
    const tag = el.localName;
    for (const attr of ['data-testid', 'name', 'aria-label', 'placeholder', 'href']) {
      const value = el.getAttribute(attr);
      if (value && value.length <= 80) {
        const selector = tag + '[' + attr + '=' + quoted(value) + ']';
        if (unique(selector)) {
          return selector;
        }
      }
    }
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 6; e = e.parentElement) {
      if (e !== el && e.id && unique('#' + CSS.escape(e.id))) {
        parts.unshift('#' + CSS.escape(e.id));
        break;
      }
      let part = e.localName;
      const parent = e.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter(c => c.localName === e.localName);
        if (same.length > 1) {
          part += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
        }
      }
      parts.unshift(part);
      if (e.localName === 'body') {
        break;
      }
    }
    const selector = parts.join(' > ');
    return unique(selector) ? selector : '';
  }

  function hints(el) {
    const words = [];
    for (const attr of ['name', 'id', 'placeholder', 'aria-label', 'autocomplete', 'data-testid']) {
      const value = el.getAttribute(attr);
      if (value) {
        words.push(value);
      }
    }
    if (el.labels) {
      for (const label of el.labels) {
        words.push(label.textContent || '');
      }
    }
    return words.join(' ').replace(/\s+/g, ' ').trim().slice(0, 300);
  }

  function labelledBy(el) {
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    return ids.map(id => (document.getElementById(id) || {}).textContent || '').join(' ');
  }

  function note(event) {
    if (!event.isTrusted || typeof window.__errandRecordNote !== 'function') {
      return;
    }
    const target = event.composedPath ? event.composedPath()[0] : event.target;
    if (!(target instanceof Element)) {
      return;
    }
    const el = target.closest(CONTROL) || target;
    try {
      window.__errandRecordNote({
        ev: event.type,
        css: cssOf(el),
        tag: el.localName,
        type: (el.getAttribute('type') || '').toLowerCase(),
        autocomplete: (el.getAttribute('autocomplete') || '').toLowerCase(),
        hints: hints(el),
        text: ((el.getAttribute('aria-label') || labelledBy(el) || el.innerText || el.value || '') + '')
          .replace(/\s+/g, ' ').trim().slice(0, 120),
        url: window.top === window ? location.href : '',
        frame: window.top === window ? '' : location.href,
      });
    } catch (e) {
      // the page went away
    }
  }

  document.addEventListener('pointerdown', note, true);
  document.addEventListener('focusin', note, true);
})();
