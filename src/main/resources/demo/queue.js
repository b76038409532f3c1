/* Lumen Tickets waiting room: asks for its place now and then, and goes on when it is through. */
(function () {
  'use strict';
  var root = document.getElementById('MainPart_divQueueWrapper');
  var statusPath = root.getAttribute('data-queue-status');
  var target = root.getAttribute('data-queue-target');
  var pollMs = parseInt(root.getAttribute('data-queue-poll'), 10) || 3000;
  var MIN_POLL_MS = 250;

  function set(id, text) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = text;
    }
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function show(data) {
    set('MainPart_lbQueueNumber', String(data.queueNumber));
    set('MainPart_lbUsersInLineAheadOfYou', String(data.usersAhead));
    set('MainPart_lbWhichIsIn', data.estimatedWait);
    var now = new Date(data.serverTime);
    set('MainPart_lbLastUpdateTimeText',
      pad(now.getUTCHours()) + ':' + pad(now.getUTCMinutes()) + ':' + pad(now.getUTCSeconds()) + ' UTC');
    var percent = Math.round(data.progress * 100);
    var bar = document.getElementById('MainPart_divProgressbar');
    bar.setAttribute('aria-valuenow', String(percent));
    document.getElementById('MainPart_divProgressbar_Progress').style.width = percent + '%';
  }

  function poll() {
    fetch(statusPath + '?target=' + encodeURIComponent(target), {
      cache: 'no-store', credentials: 'same-origin', headers: { 'Accept': 'application/json' }
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('queue status answered ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        show(data);
        if (data.through && data.redirectUrl) {
          document.getElementById('MainPart_pReady').hidden = false;
          window.location.href = data.redirectUrl;
          return;
        }
        setTimeout(poll, Math.max(MIN_POLL_MS, Math.min(pollMs, data.pollAfterMs)));
      })
      .catch(function (error) {
        console.error(error);
        setTimeout(poll, pollMs);
      });
  }

  var through = root.getAttribute('data-queue-through') === 'true';
  var leftMs = parseInt(root.getAttribute('data-queue-left'), 10) || 0;
  setTimeout(poll, through ? 0 : Math.max(MIN_POLL_MS, Math.min(pollMs, leftMs)));
})();
