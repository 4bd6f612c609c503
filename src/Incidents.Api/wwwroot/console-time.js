// Window fields in the reader's time zone. Without this file the form expects UTC (it says so);
// with it, the shown UTC values become local ones and the form names the browser's IANA zone,
// which the server uses to turn what is typed back into UTC.
(function () {
  "use strict";
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) { return; }

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function localValue(d) {
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) +
      "T" + pad(d.getHours()) + ":" + pad(d.getMinutes());
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-zone-field]").forEach(function (field) {
      // Only a form the server rendered in UTC is converted: one re-shown after an error
      // already holds what the person typed, in their zone.
      if (field.value !== "UTC" || zone === "UTC" || !field.form) { return; }
      field.form.querySelectorAll("input[type=datetime-local]").forEach(function (input) {
        if (!input.value) { return; }
        var date = new Date(input.value + "Z");
        if (!isNaN(date)) { input.value = localValue(date); }
      });
      field.value = zone;
      field.form.querySelectorAll("[data-zone-name]").forEach(function (el) { el.textContent = zone; });
    });
  });
})();
