/* The waiting-room loop: every episode in turn, for ever, with the sentence
   being spoken in large captions.

   - Browsers refuse to start sound without a click. The page tries anyway (a
     kiosk run with --autoplay-policy=no-user-gesture-required lets it) and
     shows one big "Start the loop" button when the browser says no.
   - Captions come from the playlist JSON in the page: the same cue timings
     the episode's VTT file is written from.
   - Space pauses and resumes (unless a button has focus: then Space presses
     that button, as everywhere else). Nothing ever takes or traps focus.
   - Body data-state ("waiting", "playing", "paused", "between") and
     data-episode (the slug) say where the loop is, for tests; people see a
     "Paused" label, a progress bar and "m:ss of m:ss" for the episode.
   - waiting-room.html?setup shows staff how to make the screen start by
     itself; patients never see browser flags. */
(function () {
  "use strict";
  function $(id) { return document.getElementById(id); }

  var playlist;
  try { playlist = JSON.parse($("playlist").textContent); } catch (e) { return; }
  var episodes = playlist.episodes || [];
  if (!episodes.length) return;

  var body = document.body;
  var audio = $("wr-audio");
  var titleEl = $("wr-title"), sectionEl = $("wr-section"), captionEl = $("wr-caption");
  var nextEl = $("wr-next"), countEl = $("wr-count");
  var startPanel = $("wr-start"), startButton = $("wr-start-button");
  var controls = $("wr-controls"), pauseButton = $("wr-pause");
  var skipButton = $("wr-skip"), fullButton = $("wr-fullscreen");
  var GAP_MS = typeof playlist.gap_ms === "number" ? playlist.gap_ms : 2500;
  var pausedEl = $("wr-paused"), progressEl = $("wr-progress"), timeBar = $("wr-time"), whereEl = $("wr-where");
  var setup = /[?&]setup\b/.test(location.search);  // the staff start screen
  $("wr-setup").hidden = !setup;

  var index = 0;            // the episode loaded in the audio element
  var started = false;      // the loop has been started (by the page or by a click)
  var gapTimer = null;      // pending move to the next episode
  var failures = 0;         // episodes in a row that would not play
  var shownCaption = null, shownSection = null;

  function setState(state) {
    body.setAttribute("data-state", state);
    pausedEl.hidden = state !== "paused";
  }

  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds || 0));
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function showProgress() {
    var episode = episodes[index];
    var length = isFinite(audio.duration) && audio.duration > 0 ? audio.duration : episode.duration;
    var t = Math.min(audio.currentTime || 0, length);
    timeBar.max = length || 1;
    timeBar.value = t;
    var text = clock(t) + " of " + clock(length);
    if (whereEl.textContent !== text) whereEl.textContent = text;
  }

  function nextIndex(i) { return (i + 1) % episodes.length; }

  function lastAtOrBefore(list, t) {
    // list: [[start, ...], ...] sorted by start; the last entry starting at or before t
    var lo = 0, hi = list.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid][0] <= t + 0.001) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found < 0 ? null : list[found];
  }

  // A caption too long for its box gets smaller, in steps, down to 3rem; one
  // still too long (a small screen, or wide text spacing) goes on down to 1.5rem,
  // and past that the page grows (class wr-grow) rather than cut it off.
  function fitCaption() {
    body.classList.remove("wr-grow");
    captionEl.style.fontSize = "";
    var size = parseFloat(getComputedStyle(captionEl).fontSize);
    var rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    var box = captionEl.parentNode;
    function tooBig() {
      // the caption's margins count too (WCAG 1.4.12 spacing overrides give paragraphs 2em)
      var style = getComputedStyle(captionEl);
      var outer = captionEl.scrollHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
      return outer > box.clientHeight + 1 || captionEl.scrollWidth > captionEl.clientWidth + 1;
    }
    [3 * rem, 1.5 * rem].forEach(function (floor) {
      while (size > floor && tooBig()) {
        size = Math.max(floor, size * 0.9);
        captionEl.style.fontSize = size + "px";
      }
    });
    if (tooBig()) body.classList.add("wr-grow");
  }

  function showCaption(text) {
    if (text === shownCaption) return;
    shownCaption = text;
    captionEl.textContent = text;
    fitCaption();
  }

  function showSection(text) {
    if (text === shownSection) return;
    shownSection = text;
    sectionEl.textContent = text;
  }

  function update() {
    var episode = episodes[index];
    var t = audio.currentTime || 0;
    var cue = lastAtOrBefore(episode.captions, t);
    // Between two sentences the last one stays up, as on the episode page.
    showCaption(cue ? cue[2] : "");
    var section = lastAtOrBefore(episode.sections, t);
    showSection(section ? section[1] : "");
    showProgress();
  }

  function load(i) {
    clearTimeout(gapTimer);
    gapTimer = null;
    index = i;
    var episode = episodes[i];
    titleEl.textContent = episode.title;
    titleEl.lang = captionEl.lang = episode.lang;
    shownCaption = shownSection = null;
    showCaption("");
    showSection("");
    nextEl.textContent = "Next: " + episodes[nextIndex(i)].title;
    countEl.textContent = "Episode " + (i + 1) + " of " + episodes.length;
    body.setAttribute("data-episode", episode.slug);
    audio.src = episode.mp3;
    audio.load();
    showProgress();
  }

  function showStart() {
    started = false;
    setState("waiting");
    startPanel.hidden = false;
    captionEl.hidden = true;
    controls.hidden = true;
    progressEl.hidden = true;
  }

  function hideStart() {
    var hadFocus = startPanel.contains(document.activeElement);
    startPanel.hidden = true;
    captionEl.hidden = false;
    controls.hidden = false;
    progressEl.hidden = false;
    // The button that had focus is gone: hand focus to the one that stops the loop,
    // so a keyboard user is never left on nothing.
    if (hadFocus) pauseButton.focus();
    fitCaption();
  }

  function play() {
    var promise;
    try { promise = audio.play(); } catch (e) { promise = null; }
    if (promise && promise.then) return promise;
    return audio.paused ? Promise.reject(new Error("not playing")) : Promise.resolve();
  }

  function start() {
    if (gapTimer !== null) { goNext(); return; }
    play().then(function () {
      started = true;
      hideStart();
    }, function (error) {
      // NotAllowedError: no click yet. Anything else is handled by the "error" event.
      if (!started || (error && error.name === "NotAllowedError")) showStart();
    });
  }

  function goNext() {
    load(nextIndex(index));
    start();
  }

  function pauseOrResume() {
    if (!started) { start(); return; }
    if (gapTimer !== null) {          // paused between two episodes: stay on the next one
      load(nextIndex(index));
      setState("paused");
      showPlaying();
      return;
    }
    if (audio.paused) start(); else audio.pause();
  }

  function showPlaying() {
    var playing = !audio.paused || gapTimer !== null;
    pauseButton.textContent = playing ? "Pause" : "Play";
  }

  audio.addEventListener("playing", function () { failures = 0; setState("playing"); showPlaying(); });
  audio.addEventListener("play", showPlaying);
  audio.addEventListener("pause", function () {
    if (!audio.ended && started) setState("paused");
    showPlaying();
  });
  ["timeupdate", "seeked", "loadedmetadata"].forEach(function (name) {
    audio.addEventListener(name, update);
  });
  audio.addEventListener("ended", function () {
    var following = episodes[nextIndex(index)];
    setState("between");
    showSection("");
    showCaption("Coming up next: " + following.title);
    clearTimeout(gapTimer);
    gapTimer = setTimeout(goNext, GAP_MS);
    showPlaying();
  });
  audio.addEventListener("error", function () {
    // A missing or broken file: skip it, unless nothing in the loop plays at all.
    failures += 1;
    if (failures >= episodes.length) {
      setState("paused");
      showCaption("The episodes could not be played. Check the files and reload this page.");
      return;
    }
    clearTimeout(gapTimer);
    gapTimer = setTimeout(goNext, GAP_MS);
  });

  // Smooth captions while playing: timeupdate alone comes only about 4 times a second.
  function tick() {
    if (!audio.paused) update();
    window.requestAnimationFrame(tick);
  }
  window.requestAnimationFrame(tick);

  startButton.addEventListener("click", start);
  pauseButton.addEventListener("click", pauseOrResume);
  skipButton.addEventListener("click", function () { goNext(); });

  document.addEventListener("keydown", function (event) {
    if (event.key !== " " && event.code !== "Space") return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && target.closest && target.closest("button, a, input, select, textarea, [contenteditable]")) return;
    event.preventDefault();
    pauseOrResume();
  });

  // Full screen, where the browser allows it.
  function showFullscreen() {
    fullButton.textContent = document.fullscreenElement ? "Leave full screen" : "Full screen";
  }
  if (document.fullscreenEnabled && document.documentElement.requestFullscreen) {
    fullButton.addEventListener("click", function () {
      var request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
      if (request && request.catch) request.catch(function () { /* refused: stay as we are */ });
    });
    document.addEventListener("fullscreenchange", showFullscreen);
    showFullscreen();
  } else {
    fullButton.hidden = true;
  }

  // Keep the screen awake while the loop runs, where the browser offers it.
  var wakeLock = null;
  function keepAwake() {
    if (!navigator.wakeLock || wakeLock || document.visibilityState !== "visible") return;
    navigator.wakeLock.request("screen").then(function (lock) {
      wakeLock = lock;
      lock.addEventListener("release", function () { wakeLock = null; });
    }, function () { /* not allowed: the screen's own settings apply */ });
  }
  audio.addEventListener("playing", keepAwake);
  document.addEventListener("visibilitychange", function () { if (started) keepAwake(); });

  // Hide the mouse pointer after a few still seconds, show it again on any move.
  var idleTimer = null;
  function wake() {
    body.classList.remove("is-idle");
    clearTimeout(idleTimer);
    idleTimer = setTimeout(function () { body.classList.add("is-idle"); }, 4000);
  }
  document.addEventListener("mousemove", wake);
  document.addEventListener("keydown", wake);

  window.addEventListener("resize", fitCaption);

  load(0);
  setState("waiting");
  controls.hidden = true;
  startPanel.hidden = true;
  // Try to start on our own (the browser decides); the staff screen waits to be started.
  if (setup) showStart(); else start();
})();
