// Search fields of lazy tables: <input data-filters-table="widgetVar"> filters that table 300 ms after the last change,
// whether the value was typed, pasted, dropped or autofilled (the "input" event covers them all; "keyup" misses the
// last three). Enter never submits the form.
(function () {
  var pending = {};
  document.addEventListener("input", function (event) {
    var field = event.target.closest ? event.target.closest("[data-filters-table]") : null;
    if (!field) {
      return;
    }
    var table = field.getAttribute("data-filters-table");
    clearTimeout(pending[table]);
    pending[table] = setTimeout(function () {
      var widget = PF(table);
      if (widget) {
        widget.filter();
      }
    }, 300);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.closest && event.target.closest("[data-filters-table]")) {
      event.preventDefault();
    }
  });
})();
