/* Runs in <head> before the page paints: applies the reader's saved theme and
   text size, and marks the page as scripted so no-script fallbacks hide. */
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var theme = localStorage.getItem("plaincast-theme");
    if (theme === "dark" || theme === "light") root.setAttribute("data-theme", theme);
    var scale = parseFloat(localStorage.getItem("plaincast-text-scale"));
    if (scale >= 1 && scale <= 2) root.style.fontSize = scale * 100 + "%";
  } catch (e) { /* storage blocked: defaults apply */ }
})();
