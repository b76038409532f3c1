/* Lumen Tickets consent manager: shows the cookie wall until a "consent" cookie exists. */
(function () {
  'use strict';
  var SHOW_AFTER_MS = 300;
  var YEAR_SECONDS = 31536000;

  function hasConsent() {
    return /(?:^|;\s*)consent=/.test(document.cookie);
  }

  function remember(choice) {
    document.cookie = 'consent=' + choice + '; Path=/; Max-Age=' + YEAR_SECONDS + '; SameSite=Lax';
  }

  function option(id, title, text, checked, disabled) {
    return '<div class="cmp-option"><label for="' + id + '"><strong>' + title + '</strong>' +
      '<small>' + text + '</small></label><input type="checkbox" role="switch" id="' + id + '"' +
      (checked ? ' checked' : '') + (disabled ? ' disabled' : '') + '></div>';
  }

  function show() {
    if (document.querySelector('.cmp-backdrop')) {
      return;
    }
    var backdrop = document.createElement('div');
    backdrop.className = 'cmp-backdrop';
    backdrop.innerHTML =
      '<div class="cmp" role="dialog" aria-modal="true" aria-labelledby="cmp-title" aria-describedby="cmp-text">' +
      '<h2 id="cmp-title">We value your privacy</h2>' +
      '<p id="cmp-text">We and our 42 partners use cookies and similar technologies to run this site, ' +
      'measure how it is used and show you relevant offers. You can accept all, reject the ones we ' +
      "don't strictly need, or choose for yourself. You can change your mind at any time under " +
      '"Cookie settings" at the bottom of every page.</p>' +
      '<div class="cmp-options" id="cmp-options" hidden>' +
      option('cmp-necessary', 'Strictly necessary', 'Keeps your basket and session working.', true, true) +
      option('cmp-analytics', 'Analytics', 'Helps us understand how the site is used.', false, false) +
      option('cmp-marketing', 'Personalised offers', 'Lets partners show you offers elsewhere.', false, false) +
      '</div>' +
      '<div class="cmp-actions">' +
      '<button type="button" class="btn btn-ghost" data-cmp-action="manage" aria-expanded="false" aria-controls="cmp-options">Manage options</button>' +
      '<button type="button" class="btn" data-cmp-action="reject">Reject non-essential</button>' +
      '<button type="button" class="btn btn-primary" data-cmp-action="accept">Accept all</button>' +
      '</div></div>';
    backdrop.addEventListener('click', function (event) {
      var button = event.target.closest('[data-cmp-action]');
      if (!button) {
        event.stopPropagation();
        return;
      }
      var action = button.getAttribute('data-cmp-action');
      if (action === 'manage') {
        var options = backdrop.querySelector('#cmp-options');
        options.hidden = !options.hidden;
        button.setAttribute('aria-expanded', String(!options.hidden));
        return;
      }
      remember(action === 'accept' ? 'all' : 'essential');
      backdrop.remove();
      document.body.classList.remove('cmp-open');
    });
    document.body.appendChild(backdrop);
    document.body.classList.add('cmp-open');
    backdrop.querySelector('[data-cmp-action="accept"]').focus();
  }

  document.addEventListener('click', function (event) {
    var opener = event.target.closest('[data-cmp-open]');
    if (opener) {
      event.preventDefault();
      show();
    }
  });

  if (!hasConsent()) {
    var start = function () { setTimeout(show, SHOW_AFTER_MS); };
    if (document.readyState === 'complete') {
      start();
    } else {
      window.addEventListener('load', start);
    }
  }
})();
