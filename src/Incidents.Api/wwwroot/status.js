// Live updates and local times. The page is complete without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  // The page's language (its lang attribute), in the viewer's own time zone.
  var language = document.documentElement.lang || undefined;
  var relative = window.Intl && Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat(language, { numeric: "auto" }) : null;

  function ago(date) {
    var seconds = Math.round((date.getTime() - Date.now()) / 1000);
    var units = [["year", 31536000], ["month", 2592000], ["day", 86400], ["hour", 3600], ["minute", 60]];
    for (var i = 0; i < units.length; i++) {
      if (Math.abs(seconds) >= units[i][1]) { return relative.format(Math.round(seconds / units[i][1]), units[i][0]); }
    }
    return relative.format(0, "minute");
  }

  function decorate(root) {
    root.querySelectorAll("time[datetime]").forEach(function (el) {
      var date = new Date(el.getAttribute("datetime"));
      if (isNaN(date)) { return; }
      var local = el.querySelector(".local");
      if (!local) { local = document.createElement("span"); local.className = "local"; el.appendChild(local); }
      local.textContent = " (" + date.toLocaleString(language) + (relative ? ", " + ago(date) : "") + ")";
    });
  }

  // Swap every [data-live] part for the same part of a fresh copy of this page.
  var pending = null;
  function refresh() {
    pending = null;
    fetch(location.href, { cache: "no-cache", headers: { Accept: "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        document.querySelectorAll("[data-live][id]").forEach(function (part) {
          var next = fresh.getElementById(part.id);
          if (next) { part.replaceWith(document.importNode(next, true)); }
        });
        decorate(document);
      })
      .catch(function () { /* the next notice retries */ });
  }

  document.addEventListener("DOMContentLoaded", function () {
    decorate(document);
    setInterval(function () { decorate(document); }, 60000);
    var url = document.body.getAttribute("data-events");
    if (!url || !window.EventSource) { return; }
    var events = new EventSource(url);
    events.addEventListener("changed", function () {
      // Coalesce bursts of writes into one refetch.
      if (!pending) { pending = setTimeout(refresh, 100); }
    });
    // After a reconnect, anything may have changed while the stream was down.
    var opened = false;
    events.addEventListener("open", function () {
      document.documentElement.setAttribute("data-live", "open");
      if (opened) { refresh(); }
      opened = true;
    });
  });
})();
