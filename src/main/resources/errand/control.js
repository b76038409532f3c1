// errand's look at one element it is about to act on, for the payment-control check. It reads
// markup and a button's label; never a field's value. `table` is DetectScripts.java's table of the
// document signatures; `dom` is dom.js.
(dom, el, table) => {
  const TABLE = table;
  const CLICKABLE = 'button, a[href], [role="button"], [role="link"], [role="menuitem"], summary,'
    + ' input[type="submit" i], input[type="button" i], input[type="image" i]';

  const containers = [];
  for (const [index, selector, kind] of TABLE.selectors) {
    if (kind === 'PAYMENT' && el.closest(selector)) {
      containers.push(index);
    }
  }

  const clickable = el.closest(CLICKABLE);
  const node = clickable || el;
  // A field's label is only what it says itself (never its <label>, which names what goes in it);
  // anything else is named as Playwright's getByRole names it.
  const field = ['INPUT', 'TEXTAREA', 'SELECT'].includes(node.tagName)
    && !['submit', 'button', 'reset', 'image'].includes((node.type || '').toLowerCase());
  const label = field
    ? dom.norm(node.getAttribute('aria-label')) || dom.labelledBy(node)
      || dom.norm(node.getAttribute('title'))
    : dom.nameOf(node, dom.roleOf(node) || 'button');

  let frameTitle = null;
  try {
    frameTitle = window.frameElement ? window.frameElement.getAttribute('title') : null;
  } catch (e) {
    frameTitle = null;
  }
  const isFrame = el.tagName === 'IFRAME' || el.tagName === 'FRAME';
  // What a field that takes text or a choice says of itself, for CardFields.java (never its value).
  const choiceOnly = ['checkbox', 'radio', 'hidden', 'file', 'range', 'color'];
  const fieldHints = field && !choiceOnly.includes((node.type || '').toLowerCase())
    ? [node.getAttribute('autocomplete'), node.getAttribute('name'), node.id,
      node.getAttribute('placeholder'), node.getAttribute('aria-label'), dom.labelledBy(node),
      ...Array.from(node.labels || []).map((l) => l.textContent)]
      .filter(Boolean).join(' | ').replace(/\s+/g, ' ').slice(0, 500)
    : '';
  return {
    fieldHints,
    autocomplete: el.getAttribute('autocomplete') || '',
    containers,
    clickable: !!clickable,
    label: label.replace(/\s+/g, ' ').trim().slice(0, 200),
    frameUrl: location.href,
    frameName: window.name || '',
    frameTitle,
    iframe: isFrame ? {src: el.src || '', name: el.name || '', title: el.title || ''} : null,
  };
}
