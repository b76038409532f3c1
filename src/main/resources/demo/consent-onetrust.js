/* A stand-in for the OneTrust cookie banner: its ids, wording and cookies, until answered. */
(function () {
  'use strict';
  var SHOW_AFTER_MS = 400;
  var YEAR_SECONDS = 31536000;
  var CSS =
    '#onetrust-consent-sdk{font-family:inherit}' +
    '.onetrust-pc-dark-filter{position:fixed;inset:0;background:rgba(0,0,0,.5);z-index:2147483645}' +
    '#onetrust-banner-sdk{position:fixed;left:0;right:0;bottom:0;z-index:2147483646;background:#fff;' +
    'box-shadow:0 -2px 12px rgba(0,0,0,.3);padding:1.25rem 2rem}' +
    '#onetrust-banner-sdk .ot-sdk-row{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between}' +
    '#onetrust-policy{max-width:48rem}#onetrust-policy-title{margin:0 0 .4rem;font-size:1.1rem}' +
    '#onetrust-button-group button{margin:.25rem;padding:.7rem 1.2rem;border:1px solid #68b631;background:#fff;color:#1d1b2c;font-weight:600;cursor:pointer}' +
    '#onetrust-accept-btn-handler{background:#68b631 !important;color:#fff !important}';

  function answered() {
    return /(?:^|;\s*)OptanonAlertBoxClosed=/.test(document.cookie);
  }

  function remember(groups) {
    var now = new Date().toISOString();
    var tail = '; Path=/; Max-Age=' + YEAR_SECONDS + '; SameSite=Lax';
    document.cookie = 'OptanonAlertBoxClosed=' + now + tail;
    document.cookie = 'OptanonConsent=' + encodeURIComponent('isGpcEnabled=0&datestamp=' + now +
      '&version=202409.1.0&consentId=demo&interactionCount=1&groups=' + groups) + tail;
  }

  function show() {
    if (document.getElementById('onetrust-consent-sdk')) {
      return;
    }
    var style = document.createElement('style');
    style.id = 'onetrust-style';
    style.textContent = CSS;
    document.head.appendChild(style);
    var sdk = document.createElement('div');
    sdk.id = 'onetrust-consent-sdk';
    sdk.innerHTML =
      '<div class="onetrust-pc-dark-filter ot-fade-in"></div>' +
      '<div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo" tabindex="0" role="region" aria-label="Cookie banner">' +
      '<div role="alertdialog" aria-describedby="onetrust-policy-text" aria-modal="true" aria-label="Privacy">' +
      '<div class="ot-sdk-container"><div class="ot-sdk-row">' +
      '<div id="onetrust-group-container"><div id="onetrust-policy">' +
      '<h2 id="onetrust-policy-title">Your privacy</h2>' +
      '<div id="onetrust-policy-text">By clicking \u201cAccept All Cookies\u201d, you agree to the storing of cookies ' +
      'on your device to enhance site navigation, analyse site usage, and assist in our marketing efforts. ' +
      '<a class="ot-cookie-policy-link" href="/#privacy">Cookie Policy</a></div></div></div>' +
      '<div id="onetrust-button-group-parent"><div id="onetrust-button-group">' +
      '<button id="onetrust-pc-btn-handler" class="cookie-setting-link">Cookie Settings</button>' +
      '<button id="onetrust-reject-all-handler">Reject All</button>' +
      '<button id="onetrust-accept-btn-handler">Accept All Cookies</button>' +
      '</div></div></div></div></div></div>';
    sdk.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button || button.id === 'onetrust-pc-btn-handler') {
        return;
      }
      remember(button.id === 'onetrust-accept-btn-handler'
        ? 'C0001:1,C0002:1,C0003:1,C0004:1' : 'C0001:1,C0002:0,C0003:0,C0004:0');
      sdk.remove();
      style.remove();
    });
    document.body.appendChild(sdk);
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
