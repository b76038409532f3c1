/* A stand-in for the Cookiebot consent dialog: its ids, wording and cookie, until answered. */
(function () {
  'use strict';
  var SHOW_AFTER_MS = 400;
  var YEAR_SECONDS = 31536000;
  var CSS =
    '#CybotCookiebotDialogBodyUnderlay{position:fixed;inset:0;background:rgba(20,20,20,.55);z-index:2147483630}' +
    '#CybotCookiebotDialog{position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:min(90vw,56rem);' +
    'z-index:2147483631;background:#fff;color:#141414;border-radius:8px;box-shadow:0 30px 70px rgba(0,0,0,.3);padding:1.5rem 2rem}' +
    '#CybotCookiebotDialogBodyContentTitle{font-size:1.2rem;margin:0 0 .5rem}' +
    '#CybotCookiebotDialogBodyButtonsWrapper{display:flex;gap:.5rem;flex-wrap:wrap;margin-top:1rem}' +
    '#CybotCookiebotDialog button{flex:1;padding:.8rem 1rem;border:2px solid #1032cf;border-radius:4px;background:#fff;color:#141414;font-weight:600;cursor:pointer}' +
    '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll{background:#1032cf !important;color:#fff !important}';

  function answered() {
    return /(?:^|;\s*)CookieConsent=/.test(document.cookie);
  }

  function remember(all) {
    var value = "{stamp:'demo',necessary:true,preferences:" + all + ',statistics:' + all +
      ',marketing:' + all + ",method:'explicit',ver:1,utc:" + Date.now() + '}';
    document.cookie = 'CookieConsent=' + encodeURIComponent(value) + '; Path=/; Max-Age=' +
      YEAR_SECONDS + '; SameSite=Lax';
  }

  function show() {
    if (document.getElementById('CybotCookiebotDialog')) {
      return;
    }
    var style = document.createElement('style');
    style.textContent = CSS;
    document.head.appendChild(style);
    var underlay = document.createElement('div');
    underlay.id = 'CybotCookiebotDialogBodyUnderlay';
    var dialog = document.createElement('div');
    dialog.id = 'CybotCookiebotDialog';
    dialog.setAttribute('name', 'CybotCookiebotDialog');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'CybotCookiebotDialogBodyContentTitle');
    dialog.setAttribute('data-template', 'popup');
    dialog.className = 'CybotCookiebotDialogActive';
    dialog.innerHTML =
      '<div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogBody">' +
      '<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>' +
      '<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and ads, ' +
      'to provide social media features and to analyse our traffic. We also share information about your ' +
      'use of our site with our social media, advertising and analytics partners.</div></div>' +
      '<div id="CybotCookiebotDialogFooter"><div id="CybotCookiebotDialogBodyButtonsWrapper">' +
      '<button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">Deny</button>' +
      '<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection" class="CybotCookiebotDialogBodyButton">Allow selection</button>' +
      '<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">Allow all</button>' +
      '</div></div></div>';
    dialog.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) {
        return;
      }
      remember(button.id === 'CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll');
      dialog.remove();
      underlay.remove();
      style.remove();
    });
    document.body.appendChild(underlay);
    document.body.appendChild(dialog);
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
