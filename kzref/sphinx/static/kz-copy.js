/* kzref: a "Copy" button after each citation (elements with the kz-copyable class).
 *
 * The buttons are made here, so a reader without JavaScript meets no dead
 * button: the citation is still selectable text.  A polite live region says
 * "Copied" so that screen-reader users hear the result.
 */
(function () {
  "use strict";

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea"); // older browsers, plain http
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "absolute";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    var done = document.execCommand("copy");
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function addButton(element) {
    var style = element.getAttribute("data-style");
    var button = document.createElement("button");
    var status = document.createElement("span");
    button.type = "button";
    button.className = "kz-copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", style ? "Copy the " + style + " citation" : "Copy the citation");
    status.className = "kz-copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      copy(element.innerText.trim()).then(
        function () { status.textContent = "Copied"; },
        function () { status.textContent = "Select the text and copy it"; }
      );
      window.setTimeout(function () { status.textContent = ""; }, 3000);
    });
    var bar = document.createElement("div");
    bar.className = "kz-copy-bar";
    bar.appendChild(button);
    bar.appendChild(status);
    element.parentNode.insertBefore(bar, element.nextSibling);
  }

  function addAll() {
    var found = document.querySelectorAll(".kz-copyable");
    for (var i = 0; i < found.length; i += 1) {
      addButton(found[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", addAll);
  } else {
    addAll();
  }
})();
