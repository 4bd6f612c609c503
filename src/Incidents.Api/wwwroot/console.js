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

  // One submission per form: after the first, its buttons are disabled and a second click or
  // Enter is ignored (the server answers a repeat with the first result anyway: the form's
  // one-time key). A disabled button sends no value, so the clicked one's goes in a hidden field.
  function submittingOnce(event) {
    var form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method !== "post") { return; }
    if (form.hasAttribute("data-submitting")) { event.preventDefault(); return; }
    form.setAttribute("data-submitting", "");
    var submitter = event.submitter;
    if (submitter && submitter.name) {
      var value = document.createElement("input");
      value.type = "hidden";
      value.name = submitter.name;
      value.value = submitter.value;
      value.setAttribute("data-once", "");
      form.appendChild(value);
    }
    form.querySelectorAll("button:not([type=button]):not([type=reset]):not(:disabled), input[type=submit]:not(:disabled)")
      .forEach(function (button) { button.disabled = true; button.setAttribute("data-once", ""); });
    // A form whose answer leaves this page as it was (a download, a failed request) is usable again.
    setTimeout(function () { enable(form); }, 10000);
  }
  function enable(form) {
    form.removeAttribute("data-submitting");
    form.querySelectorAll("[data-once]").forEach(function (el) {
      if (el.type === "hidden") { el.remove(); return; }
      el.disabled = false;
      el.removeAttribute("data-once");
    });
  }
  document.addEventListener("submit", submittingOnce);
  // Back to this page from the browser's cache: its forms can be sent again (with their key).
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { document.querySelectorAll("form[data-submitting]").forEach(enable); }
  });

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
