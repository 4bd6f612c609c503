// The console's progressive enhancements. Every form works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Times in the reader's zone; the UTC time stays in the title (shown on hover).
  function localTimes(root) {
    root.querySelectorAll("time[datetime]").forEach(function (el) {
      var date = new Date(el.getAttribute("datetime"));
      if (isNaN(date)) { return; }
      el.textContent = date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
    });
  }

  function tokenOf(form) {
    var input = form && form.querySelector("input[name=__RequestVerificationToken]");
    return input ? input.value : "";
  }

  // Markdown preview through the server's own renderer (the page's), a moment after typing stops.
  function preview(textarea) {
    var target = document.getElementById(textarea.getAttribute("data-preview-target"));
    var timer = null;
    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var body = new URLSearchParams();
        body.set("description", textarea.value);
        fetch(textarea.getAttribute("data-preview"), {
          method: "POST",
          credentials: "same-origin",
          headers: { "RequestVerificationToken": tokenOf(textarea.form) },
          body: body
        }).then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) { if (html !== null && target) { target.innerHTML = html; } })
          .catch(function () { /* the preview is a convenience */ });
      }, 300);
    });
  }

  function filter(input) {
    var list = document.getElementById(input.getAttribute("data-filter"));
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      list.querySelectorAll("[data-name]").forEach(function (row) {
        row.hidden = q !== "" && row.getAttribute("data-name").indexOf(q) < 0 && !row.querySelector("input:checked");
      });
      list.querySelectorAll("[data-group]").forEach(function (group) {
        group.hidden = !group.querySelector("[data-name]:not([hidden])");
      });
    });
  }

  // Swap every [data-live][id] part for the same part of a fresh copy of this page; forms are
  // never inside such a part, so nothing being typed is lost.
  var pending = null;
  function refresh() {
    pending = null;
    fetch(location.href, { cache: "no-store", credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        document.querySelectorAll("[data-live][id]").forEach(function (part) {
          var next = fresh.getElementById(part.id);
          if (next) { part.replaceWith(document.importNode(next, true)); }
        });
        localTimes(document);
      })
      .catch(function () { /* the next notice retries */ });
  }

  document.addEventListener("DOMContentLoaded", function () {
    localTimes(document);
    document.querySelectorAll("textarea[data-preview]").forEach(preview);
    document.querySelectorAll("input[data-filter]").forEach(filter);
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });
    var url = document.body.getAttribute("data-events");
    if (!url || !window.EventSource) { return; }
    var events = new EventSource(url);
    var state = document.querySelector(".live-state");
    events.addEventListener("changed", function () {
      if (!pending) { pending = setTimeout(refresh, 100); }
    });
    var opened = false;
    events.addEventListener("open", function () {
      document.documentElement.setAttribute("data-live", "open");
      if (state) { state.textContent = "Updates live."; }
      if (opened) { refresh(); }
      opened = true;
    });
  });
})();
