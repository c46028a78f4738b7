/* Reading settings on every page: text size and light/dark colours, both
   remembered in localStorage. Nothing here is needed to read the page. */
(function () {
  "use strict";
  var root = document.documentElement;
  var STEPS = [1, 1.25, 1.5, 1.75, 2];

  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* not saved, still applied */ }
  }

  Array.prototype.forEach.call(document.querySelectorAll(".js-only[hidden]"), function (el) {
    el.hidden = false;
  });

  function currentScale() {
    var size = parseFloat(root.style.fontSize);
    return size ? size / 100 : 1;
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-text-size]"), function (button) {
    button.addEventListener("click", function () {
      var step = parseInt(button.getAttribute("data-text-size"), 10);
      var index = 0;
      for (var i = 0; i < STEPS.length; i++) if (STEPS[i] <= currentScale() + 0.001) index = i;
      index = Math.max(0, Math.min(STEPS.length - 1, index + step));
      root.style.fontSize = STEPS[index] * 100 + "%";
      store("plaincast-text-scale", String(STEPS[index]));
    });
  });

  var toggle = document.getElementById("theme-toggle");
  var systemDark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)");
  function isDark() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen === "dark";
    return !!(systemDark && systemDark.matches);
  }
  function showTheme() {
    if (toggle) toggle.setAttribute("aria-pressed", isDark() ? "true" : "false");
  }
  if (toggle) {
    toggle.addEventListener("click", function () {
      var theme = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", theme);
      store("plaincast-theme", theme);
      showTheme();
    });
  }
  if (systemDark && systemDark.addEventListener) systemDark.addEventListener("change", showTheme);
  showTheme();
})();
