// Passkeys (WebAuthn) for the console: "Sign in with a passkey" and "Add a passkey". The server
// (ASP.NET Core Identity) makes the options and checks the answer; this file only carries them
// between it and navigator.credentials. Loaded by the pages that have such a form.
(function () {
  "use strict";
  var supported = typeof window.PublicKeyCredential === "function"
    && !!navigator.credentials
    && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function"
    && typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";

  function tokenOf(form) {
    var input = form.querySelector("input[name=__RequestVerificationToken]");
    return input ? input.value : "";
  }

  function showError(form, text) {
    var el = form.querySelector("[data-passkey-error]");
    if (el) { el.textContent = text; el.hidden = false; }
  }

  // Asking for options starts a ceremony: the server keeps its challenge in a cookie of this browser.
  function fetchOptions(form) {
    return fetch(form.getAttribute("data-options"), {
      method: "POST",
      credentials: "same-origin",
      headers: { "RequestVerificationToken": tokenOf(form) }
    }).then(function (response) {
      if (!response.ok) { throw new Error("the server answered " + response.status); }
      return response.json();
    });
  }

  function ceremony(form) {
    var create = form.getAttribute("data-passkey") === "create";
    return fetchOptions(form).then(function (json) {
      return create
        ? navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json) })
        : navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json) });
    });
  }

  document.querySelectorAll("form[data-passkey]").forEach(function (form) {
    if (!supported) {
      showError(form, "This browser cannot use passkeys.");
      form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      return;
    }

    form.addEventListener("submit", function (event) {
      var field = form.querySelector("input[name=CredentialJson]");
      event.preventDefault();
      var button = event.submitter || form.querySelector("button[type=submit]");
      button.disabled = true;
      ceremony(form).then(function (credential) {
        // PublicKeyCredential.toJSON(): the shape Identity reads.
        field.value = JSON.stringify(credential);
        form.submit();
      }).catch(function (error) {
        button.disabled = false;
        showError(form, error && error.name === "NotAllowedError"
          ? "No passkey was used (cancelled or timed out)."
          : "The passkey could not be used: " + (error && error.message ? error.message : error));
      });
    });
  });
})();
