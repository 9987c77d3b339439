/* Poise mock interview: the answer countdown, the measured answer time, Ctrl+Enter to send, and
   focus on the interviewer's new prompt. Progressive enhancement: without it the form still posts
   and the server times the answer from when the page was served. */
(function () {
  "use strict";

  var WARN_AT = 30;
  var timer = null;

  function clock(seconds) {
    var whole = Math.max(0, Math.round(seconds));
    var rest = whole % 60;
    return Math.floor(whole / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function announce(text) {
    var region = document.getElementById("turn-announcer");
    if (!region || !text) return;
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 60);
  }

  function setUp(root, moveFocus) {
    var form = root.querySelector("[data-practice-form]");
    var countdown = root.querySelector("[data-countdown]");
    var loaded = Date.now();
    var already = 0;
    if (timer !== null) {
      window.clearInterval(timer);
      timer = null;
    }
    if (countdown) already = parseFloat(countdown.getAttribute("data-elapsed") || "0") || 0;

    var cutAt = null;

    function elapsed() {
      return already + (Date.now() - loaded) / 1000;
    }

    // The time sent with the answer: an answer cut off at the limit is reported just past it, so
    // rounding never makes it look as if it ended in time.
    function sentSeconds() {
      var value = elapsed();
      if (cutAt !== null) value = Math.max(value, cutAt + 0.1);
      return value.toFixed(1);
    }

    if (countdown) {
      var limit = parseFloat(countdown.getAttribute("data-limit") || "0");
      var value = countdown.querySelector("[data-countdown-value]");
      var state = countdown.querySelector("[data-countdown-state]");
      var warned = false;
      var ended = false;
      var cutOff = countdown.hasAttribute("data-cut-off");
      countdown.classList.add("running");
      var tick = function () {
        var left = limit - elapsed();
        if (left > 0) {
          value.textContent = clock(left);
          state.textContent = "left";
          if (left <= WARN_AT && !warned) {
            warned = true;
            countdown.classList.add("warning");
            announce("30 seconds left.");
          }
        } else {
          value.textContent = "+" + clock(-left);
          state.textContent = "over the limit";
          countdown.classList.add("over");
          if (!ended) {
            ended = true;
            if (cutOff && form) {
              // The stress interviewer stops you at the limit: what you have typed is sent as is.
              announce("Time is up: the interviewer stops you there.");
              cutAt = limit;
              if (typeof form.requestSubmit === "function") form.requestSubmit();
              else form.submit();
            } else {
              announce("Time is up: finish your sentence and send.");
            }
          }
        }
      };
      tick();
      timer = window.setInterval(tick, 1000);
    }

    if (form) {
      var seconds = form.querySelector("[data-seconds]");
      var box = form.querySelector("textarea");
      form.addEventListener("submit", function () {
        if (seconds) seconds.value = sentSeconds();
      });
      // htmx reads the form values before the submit event bubbles: set them first, too.
      form.addEventListener("htmx:configRequest", function (event) {
        if (event.detail && event.detail.parameters) {
          var value = sentSeconds();
          if (typeof event.detail.parameters.set === "function") {
            event.detail.parameters.set("seconds", value);
          } else {
            event.detail.parameters.seconds = value;
          }
        }
      });
      if (box) {
        box.addEventListener("keydown", function (event) {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            if (seconds) seconds.value = sentSeconds();
            if (typeof form.requestSubmit === "function") form.requestSubmit();
            else form.submit();
          }
        });
      }
    }

    if (moveFocus) {
      var error = root.querySelector("[aria-invalid='true']");
      var target = error || root.querySelector("[data-focus-on-load]");
      if (target) target.focus({ preventScroll: false });
      announce(root.getAttribute("data-announce"));
    }
  }

  function start() {
    var root = document.getElementById("practice-turn");
    if (!root) return;
    var hasError = !!root.querySelector("[aria-invalid='true']");
    var answered = root.querySelector(".feedback-card, .transcript");
    setUp(root, hasError || !!answered);
  }

  // htmx swaps in a new turn (the next prompt, or the same one with an error): set it up again.
  document.addEventListener("htmx:load", function (event) {
    var element = event.target;
    if (element && element.id === "practice-turn") setUp(element, true);
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
