/*
 * The tickets panel. Served before the sale, it is rendered from the event API: a countdown, then
 * the buy form when the sale opens. Served after the sale opened, the page already holds the buy
 * form (or "Sold out"): the script only wires the form up.
 */
(function () {
  'use strict';
  var RETRY_MS = 250;
  var MAX_RETRIES = 20;
  var section = document.getElementById('tickets');
  if (!section) {
    return;
  }
  var api = section.getAttribute('data-api');
  var offsetMs = 0;
  var waitingForOpen = false;
  var retries = 0;
  var ticker = null;

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function clock(totalSeconds) {
    var h = Math.floor(totalSeconds / 3600);
    var m = Math.floor((totalSeconds % 3600) / 60);
    var s = totalSeconds % 60;
    return pad(h) + ':' + pad(m) + ':' + pad(s);
  }

  function utcClock(date) {
    return pad(date.getUTCHours()) + ':' + pad(date.getUTCMinutes()) + ':' + pad(date.getUTCSeconds()) + ' UTC';
  }

  function serverNow() {
    return Date.now() + offsetMs;
  }

  function load() {
    var sentAt = Date.now();
    fetch(api, { cache: 'no-store', credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('event API answered ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        var receivedAt = Date.now();
        offsetMs = Date.parse(data.serverTime) - (sentAt + receivedAt) / 2;
        render(data);
      })
      .catch(function (error) {
        console.error(error);
        renderError();
      });
  }

  function render(data) {
    if (data.status === 'on-sale') {
      stopTicker();
      renderForm(data);
    } else if (data.status === 'sold-out') {
      stopTicker();
      renderSoldOut();
    } else if (data.pollEveryMs) {
      renderWaiting(data);
      setTimeout(load, data.pollEveryMs);
    } else if (waitingForOpen) {
      if (retries >= MAX_RETRIES) {
        renderStuck();
        return;
      }
      retries += 1;
      setTimeout(load, RETRY_MS);
    } else {
      renderCountdown(data);
    }
  }

  function stopTicker() {
    if (ticker !== null) {
      clearInterval(ticker);
      ticker = null;
    }
  }

  function renderCountdown(data) {
    var opensAt = Date.parse(data.opensAt);
    section.innerHTML =
      '<div class="countdown-box">' +
      '<h2 class="countdown-label">General sale</h2>' +
      '<p class="countdown" role="timer">Tickets on sale in <span class="countdown-time"></span></p>' +
      '<p class="opens-at">Sale opens at ' + esc(utcClock(new Date(opensAt))) + '</p>' +
      '<ul class="ticket-prices" aria-label="Prices">' + data.ticketTypes.map(function (type) {
        return '<li><span>' + esc(type.name) + '</span><span>' + esc(type.price) + '</span></li>';
      }).join('') + '</ul>' +
      '<p class="hint">This page updates by itself when the sale opens. No need to refresh.</p>' +
      '</div>';
    var time = section.querySelector('.countdown-time');
    function tick() {
      var left = Math.max(0, Math.ceil((opensAt - serverNow()) / 1000));
      time.textContent = clock(left);
    }
    tick();
    stopTicker();
    ticker = setInterval(tick, 200);
    setTimeout(function () {
      tick();
      waitingForOpen = true;
      load();
    }, Math.max(0, opensAt - serverNow()));
  }

  function renderWaiting(data) {
    if (section.querySelector('.poll-box')) {
      return;
    }
    section.innerHTML =
      '<div class="countdown-box poll-box">' +
      '<h2 class="countdown-label">General sale</h2>' +
      '<p class="opens-at">Tickets go on sale at ' + esc(utcClock(new Date(Date.parse(data.opensAt)))) + '</p>' +
      '<p class="hint">This page updates by itself when the sale opens. No need to refresh.</p>' +
      '</div>';
  }

  function renderSoldOut() {
    section.innerHTML =
      '<div class="sold-out">' +
      '<h2>Sold out</h2>' +
      '<p>Every ticket for this show has gone. Returns are put back on sale here as they come in.</p>' +
      '</div>';
  }

  function renderStuck() {
    section.innerHTML =
      '<div class="countdown-box"><h2 class="countdown-label">Almost there</h2>' +
      '<p>The sale is taking a moment to open. Please refresh the page.</p></div>';
  }

  function renderError() {
    section.innerHTML =
      '<div class="countdown-box"><p>We couldn\'t load tickets right now.</p>' +
      '<button type="button" class="btn" data-retry>Try again</button></div>';
    section.querySelector('[data-retry]').addEventListener('click', load);
  }

  function renderForm(data) {
    var options = data.ticketTypes.map(function (type) {
      return '<li role="option" id="ticket-type-' + esc(type.id) + '" data-value="' + esc(type.id) + '"' +
        ' aria-selected="false"' + (type.available ? '' : ' aria-disabled="true"') + '>' +
        esc(type.name) + ' — ' + esc(type.price) + '</li>';
    }).join('');
    var quantities = '';
    // mirrors TicketsPanel.form: the list runs past the limit, which the shop enforces on adding
    for (var i = 1; i <= Math.max(10, data.perCustomerLimit); i++) {
      quantities += '<option value="' + i + '">' + i + '</option>';
    }
    section.innerHTML =
      '<form method="post" action="/basket" class="buy-form" novalidate>' +
      '<h2>Choose tickets</h2>' +
      '<div class="field">' +
      '<label class="field-label" id="ticket-type-label" for="ticket-type">Ticket type</label>' +
      '<div class="combo">' +
      '<button type="button" id="ticket-type" class="combo-button" role="combobox" aria-haspopup="listbox"' +
      ' aria-expanded="false" aria-controls="ticket-type-list" aria-labelledby="ticket-type-label">' +
      '<span class="combo-value combo-placeholder">Choose a ticket type</span></button>' +
      '<ul id="ticket-type-list" class="combo-list" role="listbox" aria-labelledby="ticket-type-label" hidden>' +
      options + '</ul>' +
      '</div>' +
      '<input type="hidden" name="type" value="">' +
      '<p class="field-error" id="ticket-type-error" role="alert" hidden></p>' +
      '</div>' +
      '<div class="field">' +
      '<label for="qty">Quantity</label>' +
      '<select name="quantity" id="qty">' + quantities + '</select>' +
      '<p class="hint">Limit ' + esc(data.perCustomerLimit) + ' tickets per customer.</p>' +
      '</div>' +
      '<button type="submit" class="btn btn-primary btn-lg btn-block">Add to basket</button>' +
      '</form>';
    wireForm(section.querySelector('form'));
  }

  function wireForm(form) {
    var button = form.querySelector('[role="combobox"]');
    var list = form.querySelector('[role="listbox"]');
    var value = button.querySelector('.combo-value');
    var hidden = form.querySelector('input[name="type"]');
    var error = form.querySelector('#ticket-type-error');
    var options = Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
    var active = -1;
    var swallowSpaceUp = false;

    function isOpen() {
      return !list.hidden;
    }

    function setActive(index) {
      options.forEach(function (option, i) {
        option.classList.toggle('is-active', i === index);
      });
      active = index;
      if (index >= 0) {
        button.setAttribute('aria-activedescendant', options[index].id);
      } else {
        button.removeAttribute('aria-activedescendant');
      }
    }

    function open() {
      list.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      var selected = options.findIndex(function (o) { return o.getAttribute('aria-selected') === 'true'; });
      setActive(selected >= 0 ? selected : 0);
    }

    function close() {
      list.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }

    function choose(option) {
      if (!option || option.getAttribute('aria-disabled') === 'true') {
        return;
      }
      options.forEach(function (o) {
        o.setAttribute('aria-selected', String(o === option));
      });
      hidden.value = option.getAttribute('data-value');
      value.textContent = option.textContent;
      value.classList.remove('combo-placeholder');
      error.hidden = true;
      error.textContent = '';
      button.removeAttribute('aria-invalid');
      button.removeAttribute('aria-describedby');
      close();
      button.focus();
    }

    function move(step) {
      var next = active + step;
      if (next < 0) {
        next = options.length - 1;
      } else if (next >= options.length) {
        next = 0;
      }
      setActive(next);
    }

    button.addEventListener('click', function () {
      if (isOpen()) {
        close();
      } else {
        open();
      }
    });
    button.addEventListener('keydown', function (event) {
      var key = event.key;
      if (key === 'ArrowDown' || key === 'ArrowUp') {
        event.preventDefault();
        if (!isOpen()) {
          open();
        } else {
          move(key === 'ArrowDown' ? 1 : -1);
        }
      } else if (key === 'Home' && isOpen()) {
        event.preventDefault();
        setActive(0);
      } else if (key === 'End' && isOpen()) {
        event.preventDefault();
        setActive(options.length - 1);
      } else if ((key === 'Enter' || key === ' ') && isOpen()) {
        event.preventDefault();
        swallowSpaceUp = key === ' ';
        choose(options[active]);
      } else if ((key === 'Escape' || key === 'Tab') && isOpen()) {
        if (key === 'Escape') {
          event.preventDefault();
        }
        close();
      }
    });
    button.addEventListener('keyup', function (event) {
      if (event.key === ' ' && swallowSpaceUp) {
        swallowSpaceUp = false;
        event.preventDefault();
      }
    });
    list.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    list.addEventListener('click', function (event) {
      choose(event.target.closest('[role="option"]'));
    });
    document.addEventListener('click', function (event) {
      if (isOpen() && !form.querySelector('.combo').contains(event.target)) {
        close();
      }
    });

    form.addEventListener('submit', function (event) {
      if (!hidden.value) {
        event.preventDefault();
        error.textContent = 'Please choose a ticket type.';
        error.hidden = false;
        button.setAttribute('aria-invalid', 'true');
        button.setAttribute('aria-describedby', 'ticket-type-error');
        button.focus();
        return;
      }
      var submit = form.querySelector('button[type="submit"]');
      submit.disabled = true;
      submit.textContent = 'Adding…';
    });
  }

  var served = section.querySelector('form.buy-form');
  if (served) {
    wireForm(served);
  } else if (!section.querySelector('.sold-out')) {
    load();
  }
})();
