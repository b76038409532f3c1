/* Lumen Tickets newsletter pop-up: "Get 10% off" over the page a second after load, until closed. */
(function () {
  'use strict';
  var SHOW_AFTER_MS = 1000;
  var MONTH_SECONDS = 2592000;
  var CSS =
    '.nl-backdrop{position:fixed;inset:0;background:rgba(15,12,30,.6);z-index:2147483600;display:flex;' +
    'align-items:center;justify-content:center}' +
    '.nl-modal{position:relative;background:#fff;color:#1d1b2c;max-width:26rem;width:90vw;border-radius:14px;padding:2rem}' +
    '.nl-modal h2{margin:0 0 .5rem;font-size:1.6rem}' +
    '.nl-close{position:absolute;top:.5rem;right:.75rem;border:0;background:none;font-size:1.6rem;cursor:pointer}' +
    '.nl-modal input{width:100%;box-sizing:border-box;padding:.7rem;margin:.75rem 0}' +
    '.nl-modal .btn{width:100%}';

  function closed() {
    return /(?:^|;\s*)newsletter_popup=/.test(document.cookie);
  }

  function remember(how) {
    document.cookie = 'newsletter_popup=' + how + '; Path=/; Max-Age=' + MONTH_SECONDS + '; SameSite=Lax';
  }

  function show() {
    if (document.querySelector('.nl-backdrop')) {
      return;
    }
    var backdrop = document.createElement('div');
    backdrop.className = 'nl-backdrop';
    backdrop.innerHTML =
      '<style>' + CSS + '</style>' +
      '<div class="nl-modal" id="newsletter-popup" role="dialog" aria-modal="true" aria-labelledby="nl-title">' +
      '<button type="button" class="nl-close" aria-label="Close" data-nl-close>\u00d7</button>' +
      '<h2 id="nl-title">Get 10% off</h2>' +
      '<p>Sign up for our newsletter and get 10% off your first order, plus first dibs on presales.</p>' +
      '<form data-nl-form><label for="nl-email">Email address</label>' +
      '<input type="email" id="nl-email" name="email" placeholder="you@example.com" autocomplete="email">' +
      '<button type="submit" class="btn btn-primary">Sign me up</button></form>' +
      '<p><a href="#" data-nl-close>No thanks</a></p></div>';
    function close(how) {
      remember(how);
      backdrop.remove();
    }
    backdrop.addEventListener('click', function (event) {
      if (event.target.closest('[data-nl-close]')) {
        event.preventDefault();
        close('closed');
      } else {
        event.stopPropagation();
      }
    });
    backdrop.querySelector('[data-nl-form]').addEventListener('submit', function (event) {
      event.preventDefault();
      close('subscribed');
    });
    document.body.appendChild(backdrop);
  }

  if (!closed()) {
    var start = function () { setTimeout(show, SHOW_AFTER_MS); };
    if (document.readyState === 'complete') {
      start();
    } else {
      window.addEventListener('load', start);
    }
  }
})();
