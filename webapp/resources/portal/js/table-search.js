// Search fields of lazy tables: <input data-filters-table="widgetVar"> filters that table 300 ms after the last change,
// whether the value was typed, pasted, dropped, autofilled or cleared ("input" covers the first four, "change" a
// programmatic clear; "keyup" missed all but typing). A value already filtered for is not sent again, and Enter never
// submits the form.
(function () {
  var pending = {};
  function searchField(event) {
    return event.target.closest ? event.target.closest("[data-filters-table]") : null;
  }
  function filterSoon(event) {
    var field = searchField(event);
    if (!field) {
      return;
    }
    var table = field.getAttribute("data-filters-table");
    clearTimeout(pending[table]);
    pending[table] = setTimeout(function () {
      var widget = PF(table);
      var last = field.getAttribute("data-filtered-value") || "";
      if (widget && field.value !== last) {
        field.setAttribute("data-filtered-value", field.value);
        widget.filter();
      }
    }, 300);
  }
  document.addEventListener("input", filterSoon);
  document.addEventListener("change", filterSoon);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && searchField(event)) {
      event.preventDefault();
    }
  });
})();
