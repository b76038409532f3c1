/* Inside the card frame: passes what the person types to the payment page around it. */
(function () {
  'use strict';
  var FIELDS = ['cardNumber', 'expiry', 'cvc', 'cardName'];

  function send() {
    if (window.parent === window) {
      return;
    }
    var values = {};
    FIELDS.forEach(function (name) {
      var input = document.querySelector('input[name="' + name + '"]');
      values[name] = input ? input.value : '';
    });
    window.parent.postMessage({ demoCard: values }, window.location.origin);
  }

  document.addEventListener('input', send);
  document.addEventListener('change', send);
})();
