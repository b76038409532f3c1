// What tells a waiting room (WaitingRoomSigns.java decides): the page's URL, title, first visible
// main heading and the start of its visible text; which of the well-known room selectors (passed
// in) are present, with their visible text; its scripts' sources.
// Reads only; the main frame only.
(dom, markup, textRead) => {
  const body = document.body;
  const text = body ? (body.innerText || '') : '';
  const firstVisible = (selector) =>
    Array.from(document.querySelectorAll(selector)).find((el) => dom.visible(el));
  const heading = firstVisible('h1') || firstVisible('h2, [role=heading]');
  const marked = {};
  for (const selector of markup) {
    let el = null;
    try {
      el = document.querySelector(selector);
    } catch (e) {
      el = null;
    }
    if (el) {
      marked[selector] = dom.visible(el) ? dom.norm(el.innerText || el.textContent) : '';
    }
  }
  const scripts = Array.from(document.scripts)
    .map((s) => s.src || '')
    .filter((s) => s)
    .slice(0, 50);
  return {
    url: location.href,
    title: document.title || '',
    heading: heading ? dom.norm(heading.innerText) : '',
    text: text.slice(0, textRead),
    marked,
    scripts,
  };
}
