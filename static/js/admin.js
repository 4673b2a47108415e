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
