// After a failed submit, focus moves to the first field in error, so keyboard and screen-reader
// users land where the message is. An external file (never inline script): the portal's
// Content-Security-Policy allows scripts from 'self' and PrimeFaces' per-page nonce only.
// - full page loads (ajax="false" submits, redirects back with messages): on DOMContentLoaded
//   when the page shows an error message;
// - PrimeFaces ajax: on pfAjaxComplete when validation failed, or when the submit came from a
//   button (focus on the button or lost with it); never while someone types in a field (polls).
(function () {
  "use strict";

  // PrimeFaces keeps a hidden native select (tabindex -1) beside the input that takes the focus
  var USABLE = ":not([disabled]):not([tabindex='-1']):not([aria-hidden='true'])";
  var FOCUSABLE = "input:not([type=hidden])" + USABLE + ", select" + USABLE + ", textarea" + USABLE
      + ", [tabindex]" + USABLE;

  function focusTarget(element) {
    if (element.matches(FOCUSABLE)) {
      return element;
    }
    return element.querySelector(FOCUSABLE);
  }

  // The fields marked invalid, and the fields a field message sits next to, in page order.
  function fieldsInError() {
    var found = [];
    document.querySelectorAll("[aria-invalid='true'], .ui-inputfield.ui-state-error,"
        + " .ui-selectonemenu.ui-state-error, .ui-autocomplete.ui-state-error")
        .forEach(function (element) { found.push(element); });
    document.querySelectorAll(".ui-message-error").forEach(function (message) {
      var field = message.previousElementSibling;
      if (field) {
        found.push(field);
      }
    });
    found.sort(function (a, b) {
      return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    for (var i = 0; i < found.length; i++) {
      var target = focusTarget(found[i]);
      if (target) {
        return target;
      }
    }
    return null;
  }

  function focusFirstError() {
    var target = fieldsInError();
    if (target && !(document.activeElement && document.activeElement === target)) {
      target.focus();
      return true;
    }
    return false;
  }

  function submittedFromAButton() {
    var active = document.activeElement;
    return !active || active === document.body
        || active.matches("button, input[type=submit], a.ui-commandlink, .ui-button");
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (document.querySelector(".ui-messages-error, .ui-message-error")) {
      focusFirstError();
    }
  });

  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", function (event, xhr, settings, args) {
      var failed = args && args.validationFailed;
      if (failed || submittedFromAButton()) {
        focusFirstError();
      }
    });
  }
})();
