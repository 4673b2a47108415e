/* Progressive enhancement only: the site works the same without it.
   On a narrow screen the filter panel starts collapsed above the list;
   it stays open while it shows an error, so the visitor sees what to fix. */
(function () {
  "use strict";
  function collapseFilters() {
    var panels = document.querySelectorAll("details[data-collapse-below]");
    Array.prototype.forEach.call(panels, function (panel) {
      var width = parseInt(panel.getAttribute("data-collapse-below"), 10) || 960;
      var hasError = panel.querySelector(".errorlist, .form-errors");
      if (window.innerWidth < width && !hasError) {
        panel.removeAttribute("open");
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", collapseFilters);
  } else {
    collapseFilters();
  }
})();
