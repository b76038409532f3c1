/* A stand-in for the Didomi consent notice (popup form): its ids, wording and cookies. */
(function () {
  'use strict';
  var SHOW_AFTER_MS = 400;
  var YEAR_SECONDS = 31536000;
  var CSS =
    '#didomi-host .didomi-popup-backdrop{position:fixed;inset:0;background:rgba(0,0,0,.6);z-index:2147483640;' +
    'display:flex;align-items:center;justify-content:center}' +
    '#didomi-host .didomi-popup-container{background:#fff;color:#222;max-width:36rem;border-radius:6px;padding:1.5rem 2rem}' +
    '#didomi-notice-title{font-size:1.2rem;margin:0 0 .5rem}' +
    '#didomi-host .didomi-notice-buttons{display:flex;gap:.5rem;justify-content:flex-end;margin-top:1rem}' +
    '#didomi-host button{padding:.7rem 1.1rem;border:1px solid #05687b;border-radius:4px;background:#fff;color:#05687b;font-weight:600;cursor:pointer}' +
    '#didomi-notice-agree-button{background:#05687b !important;color:#fff !important}';

  function answered() {
    return /(?:^|;\s*)didomi_token=/.test(document.cookie);
  }

  function remember(agreed) {
    var token = btoa(JSON.stringify({
      user_id: 'demo', created: new Date().toISOString(), updated: new Date().toISOString(),
      vendors: { enabled: agreed ? ['c:demo-analytics'] : [] },
      purposes: { enabled: agreed ? ['analytics', 'advertising'] : [] }, version: 2
    }));
    var tail = '; Path=/; Max-Age=' + YEAR_SECONDS + '; SameSite=Lax';
    document.cookie = 'didomi_token=' + token + tail;
    document.cookie = 'euconsent-v2=CQdemo' + (agreed ? 'AAA' : 'BBB') + tail;
  }

  function show() {
    if (document.getElementById('didomi-host')) {
      return;
    }
    var host = document.createElement('div');
    host.id = 'didomi-host';
    host.className = 'didomi-host';
    host.setAttribute('aria-hidden', 'false');
    host.innerHTML =
      '<style>' + CSS + '</style>' +
      '<div id="didomi-popup" class="didomi-popup-backdrop didomi-notice-popup didomi-popup__backdrop">' +
      '<div class="didomi-popup-container didomi-popup-notice didomi-popup-notice-optin-type">' +
      '<div id="didomi-notice" class="didomi-popup-notice-text" role="dialog" aria-modal="true" aria-labelledby="didomi-notice-title">' +
      '<h1 id="didomi-notice-title" class="didomi-popup-notice-logo-container">Welcome to Lumen Tickets</h1>' +
      '<p class="didomi-popup-notice-text-container">We and our partners store and/or access information on a device, ' +
      'such as unique IDs in cookies, to process personal data. You may accept or manage your choices.</p>' +
      '<div class="didomi-notice-buttons">' +
      '<button id="didomi-notice-learn-more-button" class="didomi-components-button">Learn more \u2192</button>' +
      '<button aria-label="Disagree and close: Disagree to our data processing and close" id="didomi-notice-disagree-button" class="didomi-components-button"><span>Disagree and close</span></button>' +
      '<button aria-label="Agree and close: Agree to our data processing and close" id="didomi-notice-agree-button" class="didomi-components-button"><span>Agree and close</span></button>' +
      '</div></div></div></div>';
    host.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button || button.id === 'didomi-notice-learn-more-button') {
        return;
      }
      remember(button.id === 'didomi-notice-agree-button');
      host.remove();
    });
    document.body.appendChild(host);
  }

  if (!answered()) {
    var start = function () { setTimeout(show, SHOW_AFTER_MS); };
    if (document.readyState === 'complete') {
      start();
    } else {
      window.addEventListener('load', start);
    }
  }
})();
