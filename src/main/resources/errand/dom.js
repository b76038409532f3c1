// errand's one reading of a page, shared by every page script (detect.js, control.js, strike.js):
// text normalisation, visibility, roles and accessible names, the recipe locators, and the frame
// signatures. ScriptResource.java puts it in front of each script; a script gets what it returns.
// Roles, names and locators read as Playwright's getByRole/getByLabel/getByText/... do, so that
// the strike in the page and errand's normal path find the same element (LocatorParityIT checks).
() => {
  // ---- text --------------------------------------------------------------------------------------
  // White space (non-breaking too) made one space, trimmed.
  const norm = (s) => (s || '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  // Phrases.java's form: also lower case, typographic apostrophes and ellipses made plain.
  const phrase = (s) => norm((s || '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\u2026/g, '...'))
    .toLowerCase();
  // Playwright's text matching: exact is the whole (normalised) text, case and all; otherwise the
  // text contains it, case aside.
  const matchesText = (actual, wanted, exact) => {
    const a = norm(actual);
    return exact ? a === norm(wanted) : a.toLowerCase().includes(norm(wanted).toLowerCase());
  };

  // ---- visibility ---------------------------------------------------------------------------------
  // Playwright's rule: a non-empty box and not visibility:hidden; an element with display:contents
  // (no box of its own) is visible when one of its children is. Transparent elements are visible.
  // With `opaque`, made-transparent elements (opacity 0, on them or an ancestor) are not.
  const rendered = (el, opaque) => {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) {
      return !el.checkVisibility
        || el.checkVisibility({visibilityProperty: true, opacityProperty: opaque});
    }
    const view = el.ownerDocument.defaultView;
    if (view && view.getComputedStyle(el).display === 'contents') {
      return Array.prototype.some.call(el.children, (child) => rendered(child, opaque));
    }
    return false;
  };
  const visible = (el) => rendered(el, false);
  // What a person sees: visible and not transparent. The recognition of challenges and payment
  // entry counts only these.
  const shown = (el) => rendered(el, true);
  const ariaHidden = (el) => !!el.closest('[aria-hidden="true"]');

  // ---- roles and names ----------------------------------------------------------------------------
  const INPUT_ROLES = {button: 'button', submit: 'button', reset: 'button', image: 'button',
    checkbox: 'checkbox', radio: 'radio', range: 'slider', number: 'spinbutton',
    search: 'searchbox'};
  const implicitRole = (el) => {
    switch (el.tagName) {
      case 'A': case 'AREA': return el.hasAttribute('href') ? 'link' : null;
      case 'BUTTON': return 'button';
      case 'INPUT': {
        const type = (el.getAttribute('type') || 'text').toLowerCase();
        if (type === 'hidden') return null;
        if (el.hasAttribute('list') && !INPUT_ROLES[type]) return 'combobox';
        return INPUT_ROLES[type] || 'textbox';
      }
      case 'TEXTAREA': return 'textbox';
      case 'SELECT': return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      case 'OPTION': return 'option';
      case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': return 'heading';
      case 'SECTION': return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')
        ? 'region' : null;
      case 'NAV': return 'navigation';
      case 'MAIN': return 'main';
      case 'FORM': return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')
        ? 'form' : null;
      case 'IMG': return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'UL': case 'OL': return 'list';
      case 'LI': return 'listitem';
      case 'DIALOG': return 'dialog';
      case 'TABLE': return 'table';
      case 'TR': return 'row';
      case 'TD': return 'cell';
      case 'TH': return 'columnheader';
      case 'ARTICLE': return 'article';
      case 'ASIDE': return 'complementary';
      case 'FIELDSET': return 'group';
      case 'PROGRESS': return 'progressbar';
      default: return null;
    }
  };
  const roleOf = (el) => {
    const explicit = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
    return explicit || implicitRole(el);
  };
  const FROM_CONTENT = new Set(['button', 'link', 'option', 'heading', 'cell', 'checkbox', 'radio',
    'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'switch', 'treeitem', 'columnheader',
    'rowheader', 'gridcell', 'tooltip']);
  const contentText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const el = node;
    if (el.getAttribute('aria-hidden') === 'true') return '';
    if (el.checkVisibility && !el.checkVisibility() && !['OPTION'].includes(el.tagName)) return '';
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return ' ' + label + ' ';
    if (el.tagName === 'IMG') return ' ' + (el.getAttribute('alt') || '') + ' ';
    if (el.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) {
      return ' ' + el.value + ' ';
    }
    let out = '';
    for (const child of el.childNodes) out += contentText(child);
    const display = getComputedStyle(el).display;
    return display === 'inline' ? out : ' ' + out + ' ';
  };
  const labelsText = (el) => {
    const parts = [];
    if (el.labels) for (const l of el.labels) parts.push(contentText(l));
    return norm(parts.join(' '));
  };
  const byIds = (el, attr) => {
    const ids = (el.getAttribute(attr) || '').trim();
    if (!ids) return null;
    const root = el.getRootNode();
    const doc = el.ownerDocument;
    const found = ids.split(/\s+/).map((id) => (root.getElementById ? root.getElementById(id)
      : null) || doc.getElementById(id)).filter(Boolean);
    return found.length ? norm(found.map(contentText).join(' ')) : null;
  };
  // The accessible name of el in role: aria-labelledby, aria-label, a button input's value, a
  // field's labels, an image's alt, its content (for roles named by content), its title.
  const nameOf = (el, role) => {
    const labelledBy = byIds(el, 'aria-labelledby');
    if (labelledBy) return labelledBy;
    const label = norm(el.getAttribute('aria-label'));
    if (label) return label;
    const tag = el.tagName;
    if (tag === 'INPUT' && ['button', 'submit', 'reset'].includes(el.type)) {
      return norm(el.value) || (el.type === 'submit' ? 'Submit' : el.type === 'reset' ? 'Reset' : '');
    }
    if (tag === 'INPUT' && el.type === 'image') {
      return norm(el.getAttribute('alt') || el.getAttribute('title') || 'Submit');
    }
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      const labels = labelsText(el);
      if (labels) return labels;
    }
    if (tag === 'IMG') return norm(el.getAttribute('alt'));
    if (FROM_CONTENT.has(role || roleOf(el))) {
      const text = norm(contentText(el));
      if (text) return text;
    }
    return norm(el.getAttribute('title') || el.getAttribute('placeholder') || '');
  };

  // ---- locators -----------------------------------------------------------------------------------
  // A locator as StrikePlan.java writes it: {kind: css|role|label|text|placeholder|testid, ...}.
  // The elements implicitRole gives each role to (roleOf then decides), so a role lookup queries
  // only those and the elements with an explicit role.
  const ROLE_TAGS = {
    button: 'button, input[type=button], input[type=submit], input[type=reset], input[type=image]',
    link: 'a[href], area[href]',
    combobox: 'select, input[list]',
    listbox: 'select',
    textbox: 'input, textarea',
    searchbox: 'input[type=search]',
    spinbutton: 'input[type=number]',
    slider: 'input[type=range]',
    checkbox: 'input[type=checkbox]',
    radio: 'input[type=radio]',
    option: 'option',
    heading: 'h1, h2, h3, h4, h5, h6',
    region: 'section',
    navigation: 'nav',
    main: 'main',
    form: 'form',
    img: 'img',
    presentation: 'img',
    list: 'ul, ol',
    listitem: 'li',
    dialog: 'dialog',
    table: 'table',
    row: 'tr',
    cell: 'td',
    columnheader: 'th',
    article: 'article',
    complementary: 'aside',
    group: 'fieldset',
    progressbar: 'progress',
  };
  const all = (selector) => Array.from(document.querySelectorAll(selector));
  const findRole = (loc) => {
    const tags = ROLE_TAGS[loc.role];
    const selector = '[role~="' + loc.role + '"]' + (tags ? ', ' + tags : '');
    return all(selector).filter((el) => roleOf(el) === loc.role && !ariaHidden(el)
      && (loc.name == null || matchesText(nameOf(el, loc.role), loc.name, loc.exact)));
  };
  // The innermost elements whose text (their scripts and styles left out) matches.
  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD']);
  const BUTTON_VALUES = new Set(['button', 'submit']);
  // The body's text as the walk below reads it, in one pass: every element's text is a stretch of
  // it, so text it does not hold (case aside) is in no element, and the walk can be skipped.
  const bodyText = () => {
    const parts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT
      | NodeFilter.SHOW_TEXT, {acceptNode: (n) => n.nodeType === Node.ELEMENT_NODE
        && SKIPPED.has(n.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) parts.push(n.data);
      else if (n.tagName === 'INPUT' && BUTTON_VALUES.has(n.type)) parts.push(n.value);
    }
    return parts.join('');
  };
  const findText = (loc) => {
    const out = [];
    if (!document.body
      || !norm(bodyText()).toLowerCase().includes(norm(loc.text).toLowerCase())) return out;
    // returns [the element's text, whether it or an element inside it matched]
    const walk = (el) => {
      if (SKIPPED.has(el.tagName)) return ['', false];
      if (el.tagName === 'INPUT') {
        const value = BUTTON_VALUES.has(el.type) ? el.value : '';
        if (value && matchesText(value, loc.text, loc.exact)) {
          out.push(el);
          return [value, true];
        }
        return [value, false];
      }
      let text = '';
      let inner = false;
      for (const child of el.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          text += child.textContent;
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const [t, m] = walk(child);
          text += t;
          inner = inner || m;
        }
      }
      if (!inner && matchesText(text, loc.text, loc.exact)) {
        out.push(el);
        return [text, true];
      }
      return [text, inner];
    };
    if (document.body) walk(document.body);
    return out;
  };
  // Every element loc matches, visible or not, in document order.
  const find = (loc) => {
    switch (loc.kind) {
      case 'css': return all(loc.selector);
      case 'role': return findRole(loc);
      case 'label': return all('input, select, textarea, [aria-label], [aria-labelledby]')
        .filter((el) => {
          const names = [byIds(el, 'aria-labelledby'), norm(el.getAttribute('aria-label')),
            labelsText(el)].filter(Boolean);
          return names.some((n) => matchesText(n, loc.text, loc.exact));
        });
      case 'text': return findText(loc);
      case 'placeholder': return all('[placeholder]')
        .filter((el) => matchesText(el.getAttribute('placeholder'), loc.text, loc.exact));
      case 'testid': return all('[data-testid]')
        .filter((el) => el.getAttribute('data-testid') === loc.text);
      default: return [];
    }
  };
  // The first candidate (in list order) with a visible match: {index, el}, or null.
  const firstVisible = (candidates) => {
    for (let i = 0; i < candidates.length; i++) {
      const el = find(candidates[i]).find(visible);
      if (el) return {index: i, el};
    }
    return null;
  };

  // ---- frames -------------------------------------------------------------------------------------
  // Whether a frame ({src, name, title}; title null when unknown) fits a frame signature of the
  // table (DetectScripts.java's frames: {clue, value, unless}), as FrameFacts.java decides it.
  const REGEXES = new Map();
  const regex = (source) => {
    if (!REGEXES.has(source)) REGEXES.set(source, new RegExp(source, 'i'));
    return REGEXES.get(source);
  };
  const frameFits = (frame, sig) => {
    const url = frame.src || '';
    const name = frame.name || '';
    let fits = false;
    if (sig.clue === 'FRAME_URL') fits = url !== '' && regex(sig.value).test(url);
    else if (sig.clue === 'FRAME_NAME') fits = name !== '' && name.startsWith(sig.value);
    else if (sig.clue === 'FRAME_TITLE') {
      fits = frame.title != null && phrase(frame.title).includes(phrase(sig.value));
    }
    return fits && (sig.unless == null || !regex(sig.unless).test(url + ' ' + name));
  };

  return {norm, phrase, matchesText, visible, shown, ariaHidden, roleOf, nameOf,
    labelledBy: (el) => byIds(el, 'aria-labelledby') || '', find, firstVisible, frameFits};
}
