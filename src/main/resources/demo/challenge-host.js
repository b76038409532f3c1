/* The page around a stand-in security check: moves on once the widget's iframe says it passed. */
(function () {
  'use strict';
  var host = document.querySelector('[data-challenge-host]');
  if (!host) {
    return;
  }

  function safeNext(next) {
    return /^\/(?![\/\\])[^\s\\]*$/.test(next || '') ? next : '/';
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin || !event.data || event.data.demoChallenge !== 'verified') {
      return;
    }
    var status = host.querySelector('.challenge-host-status');
    if (status) {
      status.textContent = 'Verified. Taking you back…';
    }
    setTimeout(function () {
      window.location.assign(safeNext(host.getAttribute('data-next')));
    }, 300);
  });
})();
