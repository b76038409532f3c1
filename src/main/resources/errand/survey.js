// errand check's look at a page: the controls a recipe can name (role, accessible name, label,
// text, test id, placeholder) and the places a page keeps a time in (a <time datetime>, data-*
// and content attributes, inline scripts), plus the page's visible text. Reads only; never a
// field's value. `dom` is dom.js.
(dom) => {
  const ROLES = new Set(['button', 'link', 'combobox', 'listbox', 'textbox', 'searchbox',
    'spinbutton', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option', 'slider',
    'heading', 'region', 'dialog', 'form', 'timer', 'status', 'alert']);
  const controls = [];
  const seen = new Set();
  const candidates = document.querySelectorAll('button, a[href], input, select, textarea,'
    + ' h1, h2, h3, h4, h5, h6, section, dialog, form, [role], [data-testid], [placeholder]');
  for (const el of candidates) {
    if (controls.length >= 400) break;
    if (seen.has(el) || !dom.visible(el) || dom.ariaHidden(el)) continue;
    seen.add(el);
    const role = dom.roleOf(el) || '';
    const testId = el.getAttribute('data-testid') || '';
    const placeholder = el.getAttribute('placeholder') || '';
    if (!ROLES.has(role) && !testId && !placeholder) continue;
    const labels = el.labels ? Array.from(el.labels).map((l) => dom.norm(l.textContent)) : [];
    const text = dom.norm(el.innerText || el.textContent || '').slice(0, 120);
    controls.push({
      role,
      name: dom.nameOf(el, role).slice(0, 120),
      label: dom.norm(labels.join(' ') || el.getAttribute('aria-label') || '').slice(0, 120),
      text: ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) ? '' : text,
      testId,
      placeholder,
    });
  }
  const clues = [];
  const TIME_VALUE = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|^\s*1\d{9}(\d{3})?(\.\d+)?\s*$/;
  for (const el of document.querySelectorAll('time[datetime]')) {
    clues.push({where: 'markup', key: 'datetime', text: el.getAttribute('datetime')});
  }
  for (const el of document.querySelectorAll('body *, meta')) {
    if (clues.length >= 200) break;
    for (const attr of el.attributes) {
      const key = attr.name;
      if ((key.startsWith('data-') || key === 'content' || key === 'value')
          && TIME_VALUE.test(attr.value)) {
        const named = key === 'content' || key === 'value'
          ? (el.getAttribute('itemprop') || el.getAttribute('property') || el.getAttribute('name')
            || el.getAttribute('id') || key)
          : key;
        clues.push({where: 'markup', key: named, text: attr.value.slice(0, 200)});
      }
    }
  }
  const scripts = [];
  for (const s of document.querySelectorAll('script:not([src])')) {
    if (scripts.length >= 50) break;
    const text = s.textContent || '';
    if (text.trim()) scripts.push({type: s.type || '', text: text.slice(0, 200000)});
  }
  const body = document.body ? dom.norm(document.body.innerText) : '';
  return {controls, clues, scripts, text: body.slice(0, 20000)};
}
