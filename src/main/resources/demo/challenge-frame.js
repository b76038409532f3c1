/* Inside a stand-in security check's iframe: a person ticks the box; the page around it moves on. */
(function () {
  'use strict';
  var CHECK_MS = 700;
  var box = document.getElementById('checkbox');
  var label = document.getElementById('checkbox-label');
  var status = document.querySelector('.status');
  var state = 'idle';

  function fail(message) {
    state = 'idle';
    document.body.classList.remove('is-checking');
    box.removeAttribute('aria-busy');
    status.classList.add('is-error');
    status.textContent = message;
  }

  function verified() {
    state = 'done';
    document.body.classList.remove('is-checking');
    document.body.classList.add('is-verified');
    box.removeAttribute('aria-busy');
    box.setAttribute('aria-checked', 'true');
    box.textContent = '✓';
    status.classList.remove('is-error');
    status.textContent = 'Verified';
    if (window.parent !== window) {
      window.parent.postMessage({ demoChallenge: 'verified' }, window.location.origin);
    }
  }

  function verify() {
    fetch('/security-check/verify', {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ token: document.body.getAttribute('data-token') })
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
    status.textContent = '';
    document.body.classList.add('is-checking');
    box.setAttribute('aria-busy', 'true');
    setTimeout(verify, CHECK_MS);
  }

  box.addEventListener('click', start);
  label.addEventListener('click', start);
  box.addEventListener('keydown', function (event) {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      start();
    }
  });
})();
