/* The large player and the read-along, built on the native <audio> element.

   - Big buttons drive the same <audio controls>, which stays usable on its own.
   - The sentence being spoken gets class "is-current"; the highlight never
     moves focus and has no aria-live, so a screen reader is not interrupted.
   - Sentences are clickable with a mouse or finger to play from there. For a
     keyboard they are one tab stop, not hundreds (a roving tabindex): Tab
     enters the text at the sentence being read, the arrow keys move from
     sentence to sentence, Enter or Space plays from the focused one.
   - "Keep the spoken sentence in view" scrolls the text, never focus, and
     never so far that the keyboard focus leaves the screen (WCAG 2.4.11):
     a chapter button or sentence chosen by keyboard stays visible. */
(function () {
  "use strict";
  var audio = document.getElementById("episode-audio");
  if (!audio) return;

  function $(id) { return document.getElementById(id); }
  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* ignore */ }
  }
  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds || 0));
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    var mm = h ? (m < 10 ? "0" + m : m) : m;
    return (h ? h + ":" : "") + mm + ":" + (s < 10 ? "0" + s : s);
  }
  function play() {
    var promise = audio.play();
    if (promise && promise.catch) promise.catch(function () { /* blocked or interrupted */ });
  }
  function seek(seconds, andPlay) {
    audio.currentTime = Math.max(0, seconds);
    if (andPlay) play();
  }

  // Play / pause, back and forward
  var playButton = $("play-pause");
  function showPlaying() {
    if (playButton) playButton.textContent = audio.paused ? "Play" : "Pause";
  }
  if (playButton) playButton.addEventListener("click", function () {
    if (audio.paused) play(); else audio.pause();
    // play() and pause() set audio.paused at once; the events come a task later, and a
    // screen reader user hears the button's new name first
    showPlaying();
  });
  audio.addEventListener("play", showPlaying);
  audio.addEventListener("pause", showPlaying);
  audio.addEventListener("ended", showPlaying);
  var back = $("back-15"), forward = $("forward-15");
  if (back) back.addEventListener("click", function () { seek(audio.currentTime - 15, false); });
  if (forward) forward.addEventListener("click", function () {
    var end = isFinite(audio.duration) ? audio.duration : Infinity;
    seek(Math.min(end, audio.currentTime + 15), false);
  });

  // Time shown as text (aria-hidden: the native controls announce time on request)
  var timeDisplay = $("time-display");
  var total = timeDisplay ? timeDisplay.textContent.split("/")[1] : "";
  function showTime() {
    if (!timeDisplay) return;
    var length = isFinite(audio.duration) ? clock(audio.duration) : (total || "").trim();
    timeDisplay.textContent = clock(audio.currentTime) + " / " + length;
  }

  // Speed, remembered
  var rateButtons = Array.prototype.slice.call(document.querySelectorAll("[data-rate]"));
  function showRate() {
    rateButtons.forEach(function (b) {
      var on = Math.abs(parseFloat(b.getAttribute("data-rate")) - audio.playbackRate) < 0.001;
      b.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }
  rateButtons.forEach(function (b) {
    b.addEventListener("click", function () {
      audio.playbackRate = parseFloat(b.getAttribute("data-rate"));
      store("plaincast-rate", String(audio.playbackRate));
      showRate();  // at once: "ratechange" comes a task later, after a screen reader reads the button
    });
  });
  try {
    var savedRate = parseFloat(localStorage.getItem("plaincast-rate"));
    if (savedRate >= 0.5 && savedRate <= 2) {
      audio.defaultPlaybackRate = savedRate;
      audio.playbackRate = savedRate;
    }
  } catch (e) { /* ignore */ }
  audio.addEventListener("ratechange", showRate);
  showRate();

  // Chapters
  Array.prototype.forEach.call(document.querySelectorAll("button.chapter[data-start]"), function (b) {
    b.addEventListener("click", function () { seek(parseFloat(b.getAttribute("data-start")), true); });
  });

  // Read-along
  var sentences = Array.prototype.slice.call(document.querySelectorAll(".sentence[data-start]"))
    .map(function (el) {
      return { el: el, start: parseFloat(el.getAttribute("data-start")), end: parseFloat(el.getAttribute("data-end")) };
    })
    .sort(function (a, b) { return a.start - b.start; });
  var current = null;
  var follow = true;
  var followButton = $("follow-toggle");
  try { follow = localStorage.getItem("plaincast-follow") !== "off"; } catch (e) { /* ignore */ }
  if (followButton) {
    followButton.setAttribute("aria-pressed", follow ? "true" : "false");
    followButton.addEventListener("click", function () {
      follow = !follow;
      followButton.setAttribute("aria-pressed", follow ? "true" : "false");
      store("plaincast-follow", follow ? "on" : "off");
    });
  }

  function sentenceAt(t) {
    // The last sentence starting at or before t, while t is before its end
    // or before the next sentence starts (so pauses keep the highlight).
    var lo = 0, hi = sentences.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sentences[mid].start <= t + 0.001) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (found < 0) return null;
    var s = sentences[found];
    var until = found + 1 < sentences.length ? Math.max(s.end, sentences[found + 1].start) : s.end;
    return t < until ? s : null;
  }
  function viewHeight() { return window.innerHeight || document.documentElement.clientHeight; }
  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= viewHeight();
  }
  var text = $("article-text");
  // Whether centring `el` would push the keyboard focus off screen. Only focus a
  // keyboard user sees counts (:focus-visible): a tapped sentence or clicked
  // button does not stop the text following the voice.
  function scrollHidesFocus(el) {
    var focused = document.activeElement;
    if (!focused || focused === document.body || focused.contains(el)) return false;
    try { if (!focused.matches(":focus-visible")) return false; } catch (e) { /* older browser: be careful */ }
    var r = el.getBoundingClientRect(), f = focused.getBoundingClientRect();
    var shift = r.top + r.height / 2 - viewHeight() / 2;
    return f.top - shift < 0 || f.bottom - shift > viewHeight();
  }
  function highlight() {
    showTime();
    var s = sentenceAt(audio.currentTime);
    if (s === current) return;
    if (current) current.el.classList.remove("is-current");
    current = s;
    if (!s) return;
    s.el.classList.add("is-current");
    if (!(text && text.contains(document.activeElement))) rove(s.el);
    if (follow && !audio.paused && !inView(s.el) && !scrollHidesFocus(s.el)) {
      var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      s.el.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    }
  }
  ["timeupdate", "seeked", "loadedmetadata", "play", "pause"].forEach(function (name) {
    audio.addEventListener(name, highlight);
  });
  // The captions track fires cuechange at cue boundaries, more often than timeupdate's ~4 Hz.
  Array.prototype.forEach.call(audio.textTracks || [], function (track) {
    if (track.kind === "captions") {
      track.mode = "hidden";
      track.addEventListener("cuechange", highlight);
    }
  });
  // Play from a sentence: click or tap, or the keyboard's one roving tab stop.
  var reading = Array.prototype.slice.call(document.querySelectorAll(".sentence[data-start]"));  // text order
  var roving = null;
  function rove(el) {
    if (roving === el) return;
    if (roving) roving.setAttribute("tabindex", "-1");
    roving = el;
    el.setAttribute("tabindex", "0");
  }
  var KEY_STEPS = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  reading.forEach(function (el, i) {
    el.setAttribute("tabindex", "-1");
    el.addEventListener("click", function () {
      if (window.getSelection && String(window.getSelection())) return; // selecting text, not seeking
      rove(el);
      seek(parseFloat(el.getAttribute("data-start")), true);
    });
    el.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      var to = null;
      if (event.key in KEY_STEPS) to = reading[i + KEY_STEPS[event.key]];
      else if (event.key === "Home") to = reading[0];
      else if (event.key === "End") to = reading[reading.length - 1];
      else if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        seek(parseFloat(el.getAttribute("data-start")), true);
        return;
      } else return;
      event.preventDefault();
      if (to) { rove(to); to.focus(); }
    });
  });
  if (reading.length) rove(reading[0]);
  showPlaying();
  showTime();
})();
