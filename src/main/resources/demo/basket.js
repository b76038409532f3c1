/* Counts down the basket hold. */
(function () {
  'use strict';
  var notice = document.querySelector('[data-hold-remaining-ms]');
  if (!notice) {
    return;
  }
  var timer = notice.querySelector('.hold-timer');
  var endsAt = performance.now() + Number(notice.getAttribute('data-hold-remaining-ms'));

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function expire() {
    notice.classList.add('is-expired');
    notice.textContent = 'Your hold has expired. The tickets have gone back on sale.';
    var checkout = document.getElementById('checkout-link');
    if (checkout) {
      checkout.removeAttribute('href');
      checkout.setAttribute('aria-disabled', 'true');
    }
  }

  function tick() {
    var left = Math.max(0, Math.floor((endsAt - performance.now()) / 1000));
    timer.textContent = pad(Math.floor(left / 60)) + ':' + pad(left % 60);
    if (left <= 0) {
      expire();
      return;
    }
    setTimeout(tick, 250);
  }

  tick();
})();
