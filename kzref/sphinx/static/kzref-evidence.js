/* kzref evidence map: fold the citation lists under paragraphs, open the one a link
   points to, outline every run of the excerpt an anchor names, and give each marker
   the words of the note it links to as its tooltip (the page carries them once, in
   the note; without this script the marker is a plain link to it). No dependencies. */
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
  function lend(event) {  // a marker's tooltip: its note's text, read when first needed
    var marker = event.target.closest && event.target.closest(".kz-evidence-map a.kz-marker");
    if (!marker || marker.title) { return; }
    var note = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
    if (note) {
      var words = Array.prototype.map.call(note.children, function (line) {
        return line.textContent.replace(/\s+/g, " ").trim();
      }).join(" · ");  // one line per excerpt that ends here
      marker.title = marker.classList.contains("kz-marker-uncited")
        ? words.replace(/^\[not cited\] /, "Not cited: ") : "Cited by: " + words;
    }
  }
  document.addEventListener("mouseover", lend);
  document.addEventListener("focusin", lend);
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
