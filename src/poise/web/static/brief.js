"use strict";
// Show the whole page without a second scroll bar (without JavaScript the frame scrolls).
document.querySelectorAll("iframe.brief-frame").forEach(function (frame) {
  function fit() {
    var doc = frame.contentDocument;
    if (!doc || !doc.body || !doc.body.firstChild) return;
    frame.style.maxHeight = "none";
    frame.style.height = (doc.documentElement.scrollHeight + 8) + "px";
  }
  frame.addEventListener("load", fit);
  fit();
});
