// errand's look at one element it is about to act on, for the payment-control check. It reads
// markup and a button's label; never a field's value. The table comes from Signatures.java.
(el) => {
  const TABLE = /*SIGNATURES*/ null;
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
  const textOf = (n) => (n.innerText || n.textContent || '');
  let label = node.getAttribute('aria-label') || '';
  const labelledBy = node.getAttribute('aria-labelledby');
  if (!label && labelledBy) {
    label = labelledBy.split(/\s+/)
      .map((id) => node.ownerDocument.getElementById(id))
      .filter(Boolean)
      .map(textOf)
      .join(' ');
  }
  if (!label && node.tagName === 'INPUT') {
    const type = (node.getAttribute('type') || '').toLowerCase();
    if (type === 'submit' || type === 'button') {
      label = node.value || (type === 'submit' ? 'Submit' : '');
    } else if (type === 'image') {
      label = node.getAttribute('alt') || '';
    }
  } else if (!label && node.tagName !== 'INPUT' && node.tagName !== 'TEXTAREA' && node.tagName !== 'SELECT') {
    label = textOf(node);
  }
  if (!label) {
    label = node.getAttribute('title') || '';
  }

  let frameTitle = null;
  try {
    frameTitle = window.frameElement ? window.frameElement.getAttribute('title') : null;
  } catch (e) {
    frameTitle = null;
  }
  const isFrame = el.tagName === 'IFRAME' || el.tagName === 'FRAME';
  return {
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
