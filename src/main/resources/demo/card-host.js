/* The payment page around the card frame: keeps what the frame sends in the form's hidden inputs. */
(function () {
  'use strict';
  var form = document.querySelector('form.card-form');
  var frame = form && form.querySelector('iframe.card-frame');
  if (!frame) {
    return;
  }
  window.addEventListener('message', function (event) {
    var values = event.data && event.data.demoCard;
    if (event.origin !== window.location.origin || event.source !== frame.contentWindow || !values) {
      return;
    }
    Array.prototype.forEach.call(form.querySelectorAll('input[data-card-field]'), function (input) {
      var value = values[input.getAttribute('data-card-field')];
      if (typeof value === 'string') {
        input.value = value;
      }
    });
  });
})();
