/* Poise "Speak": record an answer with the microphone (MediaRecorder), show the level and the
   elapsed time, stop on a button or after the chosen silence, send the recording to this
   computer's Poise server and put the transcript in the answer box for correcting. Optionally
   read the interviewer's question aloud with the browser's own speech synthesis. */
(function () {
  "use strict";

  var MAX_SECONDS = 600;
  var LOUD = 0.02;
  var READ_KEY = "poise-read-aloud";
  var LIVE_EVERY_MS = 5000;

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || "";
    } catch (error) {
      return "";
    }
  }

  function clock(seconds) {
    var whole = Math.max(0, Math.floor(seconds));
    var rest = whole % 60;
    return Math.floor(whole / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function questionText(ids) {
    var parts = (ids || "").split(",");
    for (var i = 0; i < parts.length; i++) {
      var element = document.getElementById(parts[i].trim());
      if (!element) continue;
      var text = "";
      if (element.tagName === "SELECT") {
        var option = element.options[element.selectedIndex];
        text = option && option.value ? option.textContent : "";
      } else if ("value" in element) {
        text = element.value;
      } else {
        text = element.textContent;
      }
      if (text && text.trim()) return text.trim();
    }
    return "";
  }

  function setUp(widget) {
    if (widget.getAttribute("data-ready") === "1") return;
    widget.setAttribute("data-ready", "1");
    widget.hidden = false;
    var start = widget.querySelector("[data-speak-start]");
    var stop = widget.querySelector("[data-speak-stop]");
    var clockOut = widget.querySelector("[data-speak-clock]");
    var level = widget.querySelector("[data-speak-level]");
    var silenceInput = widget.querySelector("[data-speak-silence]");
    var fileInput = widget.querySelector("[data-speak-file]");
    var status = widget.querySelector("[data-speak-status]");
    var result = widget.querySelector("[data-speak-result]");
    var target = document.getElementById(widget.getAttribute("data-target"));
    var canRecord = !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia && window.MediaRecorder);
    var session = null;

    if (!canRecord) {
      start.hidden = true;
      status.textContent = "This browser cannot record here; choose a recording or type your answer.";
    }

    function say(text) {
      status.textContent = text;
    }

    // Send the recording (or, with ``live``, its last part: the rest went up while recording).
    // A server that does not know the live recording answers 409: then send the whole of it.
    function upload(blob, name, live, whole) {
      var form = new FormData();
      form.append("audio", blob, name);
      if (live) form.append("live", live);
      form.append("question", questionText(widget.getAttribute("data-question-from")));
      form.append("format", widget.getAttribute("data-format") || "");
      form.append("csrf_token", csrfToken());
      say("Transcribing on this computer…");
      widget.setAttribute("aria-busy", "true");
      start.disabled = true;
      return fetch(widget.getAttribute("data-endpoint"), {
        method: "POST", body: form, credentials: "same-origin",
        headers: { "X-CSRF-Token": csrfToken() }
      }).then(function (response) {
        if (response.status === 409 && live && whole) return upload(whole, name, "", null);
        return response.text().then(function (html) {
          widget.removeAttribute("aria-busy");
          start.disabled = false;
          if (response.status === 413) {
            say("That recording is larger than the 12 MB Poise takes (about 10 minutes recorded here). " +
                "Record a shorter answer; your question is still open.");
            result.textContent = "";
            return;
          }
          if (response.status === 503) {
            say("Poise is busy with other work right now. Send it again in a moment; your question is still open.");
            result.textContent = "";
            return;
          }
          if (response.status >= 500 || (!response.ok && html.indexOf("data-spoken-error") < 0)) {
            say("Poise could not transcribe that (" + response.status + "). Try again, or type your answer.");
            result.textContent = "";
            return;
          }
          result.innerHTML = html;
          var spoken = result.querySelector("[data-spoken]");
          if (!spoken) {
            say("That recording could not be used; see below. Your question is still open.");
            return;
          }
          if (target) {
            target.value = spoken.getAttribute("data-transcript") || "";
            target.dispatchEvent(new Event("input", { bubbles: true }));
            if (window.htmx) window.htmx.trigger(target, "keyup");
            target.focus();
          }
          say("Transcribed. Check the words in your answer box; corrections are judged as you type.");
        });
      }).catch(function () {
        widget.removeAttribute("aria-busy");
        start.disabled = false;
        say("The recording could not be sent to Poise. Is the server still running? Your question is still open.");
      });
    }

    function finish() {
      if (!session) return;
      var current = session;
      session = null;
      window.clearInterval(current.timer);
      if (current.recorder.state !== "inactive") current.recorder.stop();
      current.stream.getTracks().forEach(function (track) { track.stop(); });
      if (current.context) current.context.close();
      stop.hidden = true;
      start.hidden = false;
      level.value = 0;
    }

    start.addEventListener("click", function () {
      if (session) return;
      say("Asking for the microphone…");
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
        var type = "";
        ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus"].forEach(function (candidate) {
          if (!type && MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(candidate)) type = candidate;
        });
        var recorder = type ? new MediaRecorder(stream, { mimeType: type }) : new MediaRecorder(stream);
        var chunks = [];
        var began = Date.now();
        var heard = false;
        var lastLoud = Date.now();
        var context = null;
        var analyser = null;
        var samples = null;
        try {
          context = new (window.AudioContext || window.webkitAudioContext)();
          analyser = context.createAnalyser();
          analyser.fftSize = 1024;
          context.createMediaStreamSource(stream).connect(analyser);
          samples = new Float32Array(analyser.fftSize);
        } catch (error) {
          context = null;
        }
        recorder.addEventListener("dataavailable", function (event) {
          if (event.data && event.data.size) chunks.push(event.data);
        });
        var kind = recorder.mimeType || "audio/webm";
        var ext = kind.indexOf("ogg") >= 0 ? "ogg" : "webm";
        // While the person speaks, the recording goes up every few seconds and the server
        // transcribes each piece once a pause follows it; at the end only the tail is left.
        var sent = 0;
        var live = "";
        var liveBroken = false;
        var sending = Promise.resolve();
        var lastSend = Date.now();
        function sendPart() {
          if (liveBroken || sent >= chunks.length) return;
          var part = new Blob(chunks.slice(sent), { type: kind });
          sent = chunks.length;
          lastSend = Date.now();
          sending = sending.then(function () {
            var form = new FormData();
            form.append("audio", part, "part." + ext);
            form.append("live", live);
            form.append("csrf_token", csrfToken());
            return fetch("/speech/live", {
              method: "POST", body: form, credentials: "same-origin",
              headers: { "X-CSRF-Token": csrfToken() }
            }).then(function (response) {
              if (!response.ok) { liveBroken = true; return null; }
              return response.json().then(function (data) { live = data.live || live; });
            });
          }).catch(function () { liveBroken = true; });
        }
        recorder.addEventListener("stop", function () {
          var whole = new Blob(chunks, { type: kind });
          say("Transcribing on this computer…");
          sending.then(function () {
            if (live && !liveBroken) {
              upload(new Blob(chunks.slice(sent), { type: kind }), "answer." + ext, live, whole);
            } else {
              upload(whole, "answer." + ext, "", null);
            }
          });
        });
        var timer = window.setInterval(function () {
          var seconds = (Date.now() - began) / 1000;
          clockOut.textContent = clock(seconds);
          if (analyser) {
            analyser.getFloatTimeDomainData(samples);
            var sum = 0;
            for (var i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
            var rms = Math.sqrt(sum / samples.length);
            level.value = Math.min(1, rms * 4);
            if (rms > LOUD) {
              heard = true;
              lastLoud = Date.now();
            }
          }
          if (Date.now() - lastSend >= LIVE_EVERY_MS) sendPart();
          var quiet = parseFloat(silenceInput.value) || 4;
          quiet = Math.min(20, Math.max(2, quiet));
          if (heard && Date.now() - lastLoud > quiet * 1000) {
            say("Stopped after " + quiet + " seconds of silence.");
            finish();
          } else if (seconds >= MAX_SECONDS) {
            say("Stopped at 10 minutes, the longest answer Poise takes.");
            finish();
          }
        }, 100);
        session = { recorder: recorder, stream: stream, context: context, timer: timer };
        recorder.start(1000);
        start.hidden = true;
        stop.hidden = false;
        stop.focus();
        say("Recording. Speak your answer; press Stop when you are done.");
      }).catch(function (error) {
        var name = error && error.name;
        if (name === "NotAllowedError" || name === "SecurityError") {
          say("The microphone is blocked for this page. Allow it in the browser's site settings, or choose a recording, or type your answer.");
        } else if (name === "NotFoundError") {
          say("No microphone was found. Plug one in, choose a recording, or type your answer.");
        } else {
          say("The microphone could not be started. Choose a recording or type your answer.");
        }
      });
    });

    stop.addEventListener("click", function () {
      say("Stopped.");
      finish();
    });

    if (fileInput) {
      fileInput.addEventListener("change", function () {
        var file = fileInput.files && fileInput.files[0];
        if (file) upload(file, file.name);
        fileInput.value = "";
      });
    }

    setUpReadAloud(widget);
  }

  function englishVoice() {
    if (!window.speechSynthesis) return null;
    var voices = window.speechSynthesis.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if ((voices[i].lang || "").toLowerCase().indexOf("en") === 0) return voices[i];
    }
    return null;
  }

  function readQuestion() {
    if (!window.speechSynthesis || localStorage.getItem(READ_KEY) !== "1") return;
    var prompt = document.getElementById("prompt-text");
    var voice = englishVoice();
    if (!prompt || !voice) return;
    var utterance = new SpeechSynthesisUtterance(prompt.textContent.trim());
    utterance.voice = voice;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  }

  function setUpReadAloud(widget) {
    var box = widget.querySelector("[data-read-aloud]");
    var note = widget.querySelector("[data-read-aloud-voice]");
    if (!box) return;
    if (!window.speechSynthesis) {
      box.disabled = true;
      note.textContent = "This browser has no speech synthesis: the questions are shown only.";
      return;
    }
    box.checked = localStorage.getItem(READ_KEY) === "1";
    function describe() {
      var voice = englishVoice();
      note.textContent = voice
        ? "Read by this browser's voice \"" + voice.name + "\"; nothing is sent anywhere. Off by default."
        : "This browser has no English speech voice yet: the questions are shown only.";
    }
    describe();
    if ("onvoiceschanged" in window.speechSynthesis) {
      window.speechSynthesis.addEventListener("voiceschanged", describe);
    }
    box.addEventListener("change", function () {
      localStorage.setItem(READ_KEY, box.checked ? "1" : "0");
      if (box.checked) readQuestion();
      else window.speechSynthesis.cancel();
    });
    readQuestion();
  }

  function scan(root) {
    var widgets = (root || document).querySelectorAll("[data-speak]");
    for (var i = 0; i < widgets.length; i++) setUp(widgets[i]);
  }

  document.addEventListener("htmx:load", function (event) {
    if (event.target && event.target.querySelectorAll) scan(event.target);
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { scan(document); });
  } else {
    scan(document);
  }
})();
