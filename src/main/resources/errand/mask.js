// Marks what a screenshot must not show (ScreenshotMasks.java): password and card fields, fields
// whose value holds a secret or a card number, and the innermost elements whose text holds one.
// `args` is {attr, secrets, cardField}: the attribute to mark with, the secret values, and
// CardFields.java's hint. Returns how many elements it marked.
(args) => {
  const {attr, secrets} = args;
  const hint = new RegExp(args.cardField, 'i');
  const luhn = (digits) => {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let d = digits.charCodeAt(digits.length - 1 - i) - 48;
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return sum % 10 === 0;
  };
  const card = (text) => (text.match(/(?<!\d)\d(?:[ \u00a0-]?\d){11,18}(?!\d)/g) || [])
    .some((run) => luhn(run.replace(/\D/g, '')));
  const holds = (text) => !!text && (secrets.some((s) => text.includes(s)) || card(text));
  let marked = 0;
  const mark = (el) => {
    if (!el.hasAttribute(attr)) {
      el.setAttribute(attr, '');
      marked++;
    }
  };
  for (const el of document.querySelectorAll('input, textarea, select, [contenteditable]')) {
    const hints = [el.getAttribute('autocomplete'), el.getAttribute('name'), el.id,
      el.getAttribute('placeholder'), el.getAttribute('aria-label'),
      ...Array.from(el.labels || []).map((l) => l.textContent)].filter(Boolean).join(' | ');
    if ((el.type || '').toLowerCase() === 'password' || hint.test(hints)
      || holds(typeof el.value === 'string' ? el.value : '') || holds(el.textContent)) {
      mark(el);
    }
  }
  // Down the tree only where the text holds one: the innermost element that holds it whole.
  const visit = (el) => {
    let inChild = false;
    for (const child of el.children) {
      if (child.tagName !== 'SCRIPT' && child.tagName !== 'STYLE' && holds(child.textContent)) {
        inChild = true;
        visit(child);
      }
    }
    if (!inChild) mark(el);
  };
  if (document.body && holds(document.body.textContent)) visit(document.body);
  return marked;
}
