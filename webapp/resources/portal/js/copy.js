// "Copy" buttons: <button data-copy-from="inputId"> copies that field's value to the clipboard.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy-from]");
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute("data-copy-from"));
  if (!field) {
    return;
  }
  field.select();
  var done = function () {
    button.textContent = "Copied";
    setTimeout(function () { button.textContent = "Copy"; }, 2000);
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done, function () { document.execCommand("copy"); done(); });
  } else {
    document.execCommand("copy");
    done();
  }
});
