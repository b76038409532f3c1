// errand's look, when it stops acting, at the controls a person could press now: the names of the
// shown, enabled buttons and links of the page (at most 200), as Playwright's getByRole names them.
// It reads names only, never a field's value. `dom` is dom.js.
(dom) => {
  const CLICKABLE = 'button, a[href], [role="button"], [role="link"],'
    + ' input[type="submit" i], input[type="button" i], input[type="image" i]';
  const names = [];
  for (const el of document.querySelectorAll(CLICKABLE)) {
    if (names.length >= 200) break;
    if (!dom.shown(el) || dom.ariaHidden(el)) continue;
    if (el.disabled || el.getAttribute('aria-disabled') === 'true') continue;
    const name = dom.nameOf(el, dom.roleOf(el) || 'button').replace(/\s+/g, ' ').trim();
    if (name) names.push(name.slice(0, 200));
  }
  return names;
}
