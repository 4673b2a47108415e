// The admin's language buttons (templates/admin/_language_form.html) load the
// page again in the other language: a record's form filled in but not saved
// would be lost without a word. Ask first, in the words the form carries.
(function () {
  "use strict";
  const languageForm = document.querySelector(".admin-language");
  if (!languageForm) {
    return;
  }
  // A record's add or change form: Django names it "<model>_form".
  const recordForm = document.querySelector('#content form[method="post"][id$="_form"]');
  if (!recordForm) {
    return;
  }
  let edited = false;
  const markEdited = function () {
    edited = true;
  };
  recordForm.addEventListener("input", markEdited);
  recordForm.addEventListener("change", markEdited);
  recordForm.addEventListener("submit", function () {
    edited = false;
  });
  languageForm.addEventListener("submit", function (event) {
    if (edited && !window.confirm(languageForm.dataset.unsavedWarning)) {
      event.preventDefault();
    }
  });
})();

// Django's inline rows (admin/js/inlines.js) number an added row's ids, names
// and labels, and number the rows again when one is removed, but leave each
// field's aria-describedby as it was: an added row's fields named the help
// text of the hidden template row ("…-__prefix__-…_helptext"), which screen
// readers do not read. Number it the same way, from the field's own id.
(function () {
  "use strict";
  const renumberHelp = function (formsetName) {
    const prefix = formsetName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const rowPart = new RegExp(prefix + "-(\\d+|__prefix__)-");
    document
      .querySelectorAll('[id^="id_' + formsetName + '-"][aria-describedby]')
      .forEach(function (field) {
        const own = field.id.match(rowPart);
        if (!own) {
          return;
        }
        const ids = field.getAttribute("aria-describedby").split(/\s+/);
        field.setAttribute(
          "aria-describedby",
          ids.map((id) => id.replace(rowPart, own[0])).join(" "),
        );
      });
  };
  document.addEventListener("formset:added", function (event) {
    renumberHelp(event.detail.formsetName);
  });
  // Sent before the rows are numbered again: renumber after inlines.js has.
  document.addEventListener("formset:removed", function (event) {
    window.setTimeout(renumberHelp, 0, event.detail.formsetName);
  });
})();
