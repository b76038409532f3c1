// errand's look at a page for `errand new`: its title, its main heading, the shown, enabled buttons
// and links a recipe could click (role and accessible name, as Playwright's getByRole names them;
// those in the page's own content before those in its header, navigation and footer), and its form
// fields by label. It reads names only, never a field's value, and skips payment card fields. At
// most `args.max` of each. `dom` is dom.js.
(dom, args) => {
  const MAX = args.max;
  const CLICKABLE = 'button, a[href], [role="button"], [role="link"],'
    + ' input[type="submit" i], input[type="button" i], input[type="image" i]';
  const FIELDS = 'input, select, textarea, [role="combobox"], [role="textbox"], [role="checkbox"]';
  const FIELD_ROLES = new Set(['combobox', 'listbox', 'checkbox', 'radio', 'switch', 'textbox']);
  const SKIP_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'file']);
  const CARD = /(card|cc-|cvc|cvv|csc|expir|security code)/i;
  const CHROME = 'header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim().slice(0, 80);
  const usable = (el) => dom.shown(el) && !dom.ariaHidden(el)
    && !el.disabled && el.getAttribute('aria-disabled') !== 'true';

  const main = [];
  const chrome = [];
  const seen = new Set();
  for (const el of document.querySelectorAll(CLICKABLE)) {
    if (!usable(el)) continue;
    const own = dom.roleOf(el);
    if (FIELD_ROLES.has(own)) continue; // a custom dropdown or box: a field, below
    const role = own === 'link' ? 'link' : 'button';
    const name = clean(dom.nameOf(el, role));
    if (!name || seen.has(role + '\n' + name)) continue;
    seen.add(role + '\n' + name);
    (el.closest(CHROME) ? chrome : main).push({role, name});
  }
  // buttons first (they act), then links
  const order = (list) => list.filter((c) => c.role === 'button')
    .concat(list.filter((c) => c.role === 'link'));
  const controls = order(main).concat(order(chrome)).slice(0, MAX);

  const fields = [];
  for (const el of document.querySelectorAll(FIELDS)) {
    if (fields.length >= MAX) break;
    const role = dom.roleOf(el) || 'textbox';
    if (!usable(el) || (el.tagName === 'INPUT' && SKIP_TYPES.has((el.type || '').toLowerCase()))
      || (el.tagName === 'BUTTON' && !FIELD_ROLES.has(role))) continue;
    const label = clean(dom.nameOf(el, role));
    const hints = [label, el.name, el.id, el.getAttribute('autocomplete')].join(' ');
    if (!label || CARD.test(hints)) continue;
    const kind = el.tagName === 'SELECT' || role === 'combobox' ? 'select'
      : role === 'checkbox' || role === 'radio' ? 'check'
      : (el.type || '').toLowerCase() === 'password' ? 'password'
      : 'text';
    fields.push({label, kind, autocomplete: clean(el.getAttribute('autocomplete')),
      type: el.tagName === 'BUTTON' ? '' : (el.type || '').toLowerCase()});
  }
  const h1 = Array.from(document.querySelectorAll('h1')).find((h) => dom.shown(h));
  return {title: clean(document.title), heading: h1 ? clean(h1.innerText) : '', controls, fields};
}
