/* The demo security check. It is a demo: ticking the box is all it asks. */
(function () {
  'use strict';
  var CHECK_MS = 700;
  var root = document.querySelector('[data-demo-challenge]');
  if (!root) {
    return;
  }
  var box = root.querySelector('[role="checkbox"]');
  var mark = root.querySelector('.demo-challenge-mark');
  var status = root.querySelector('.demo-challenge-status');
  var state = 'idle';

  function safeNext(next) {
    return /^\/(?![\/\\])[^\s\\]*$/.test(next || '') ? next : '/';
  }

  function fail(message) {
    state = 'idle';
    root.classList.remove('is-checking');
    box.removeAttribute('aria-busy');
    status.classList.add('is-error');
    status.textContent = message;
  }

  function verified() {
    state = 'done';
    root.classList.remove('is-checking');
    root.classList.add('is-verified');
    box.removeAttribute('aria-busy');
    box.setAttribute('aria-checked', 'true');
    mark.textContent = '✓';
    status.classList.remove('is-error');
    status.textContent = 'Verified. Taking you back…';
    setTimeout(function () {
      window.location.assign(safeNext(root.getAttribute('data-next')));
    }, 300);
  }

  function verify() {
    fetch('/security-check/verify', {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ token: root.getAttribute('data-token') })
    }).then(function (response) {
      return response.json().then(function (body) {
        if (response.ok && body.verified) {
          verified();
        } else {
          fail(body.error || 'Verification failed. Please try again.');
        }
      });
    }).catch(function () {
      fail('We could not reach the server. Please try again.');
    });
  }

  function start() {
    if (state !== 'idle') {
      return;
    }
    state = 'checking';
    status.classList.remove('is-error');
    status.textContent = 'Checking…';
    root.classList.add('is-checking');
    box.setAttribute('aria-busy', 'true');
    setTimeout(verify, CHECK_MS);
  }

  box.addEventListener('click', start);
  box.addEventListener('keydown', function (event) {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      start();
    }
  });
})();
