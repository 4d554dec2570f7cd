/* kzref evidence map: fold the citation lists under paragraphs, open the one a link
   points to, and outline every run of the excerpt an anchor names. No dependencies. */
(function () {
  "use strict";
  function lists() { return document.querySelectorAll(".kz-evidence-map .kz-map-notes"); }
  function label(box, open) {
    var n = box.querySelectorAll("li").length;
    return (open ? "Hide" : "Show") + " the " + n + " note" + (n === 1 ? "" : "s") + " on this paragraph";
  }
  function fold(box, open) {
    box.classList.toggle("kz-closed", !open);
    var button = box.querySelector(".kz-map-toggle");
    button.textContent = label(box, open);
    button.setAttribute("aria-expanded", open ? "true" : "false");
  }
  function show(hash) {
    document.querySelectorAll(".kz-current").forEach(function (el) { el.classList.remove("kz-current"); });
    if (!hash) { return; }
    var el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) { return; }
    var box = el.closest(".kz-map-notes");
    if (box) { fold(box, true); }
    var span = /^ev-.*-(\d+)-(\d+)$/.exec(el.id);  // a record's anchor at an excerpt
    if (span) {
      document.querySelectorAll(".kz-x" + span[1] + "-" + span[2]).forEach(function (run) {
        run.classList.add("kz-current");
      });
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    lists().forEach(function (box) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "kz-map-toggle";
      button.addEventListener("click", function () { fold(box, box.classList.contains("kz-closed")); });
      box.insertBefore(button, box.firstChild);
      fold(box, false);
    });
    show(window.location.hash);
  });
  window.addEventListener("hashchange", function () { show(window.location.hash); });
})();
