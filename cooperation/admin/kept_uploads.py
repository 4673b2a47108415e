"""Files chosen in an admin form survive the form's errors.

A browser never sends a file twice: when a save is refused (an end date
before the start date, a title too long, someone else's save), the page came
back with every file field empty, and staff had to find and choose again the
event's photos, its PDF, an organisation's logo. Now a file that passed its
own checks is kept in the media storage while the page is shown again, under a
random name in ``kept-uploads/``; the field carries a signed note of it and
says so, and the next save takes it from there unless staff choose another.

Only a file with no error of its own is kept, in the form it would be saved
in (an image already re-encoded, so without its EXIF or GPS data). A kept file
is taken out of the folder when a form takes it back; what a form never
brought back (the page was closed) is removed a day later, the next time a
file is kept.
"""

import datetime
import uuid

from django.contrib.admin.widgets import AdminFileWidget
from django.core import signing
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import models
from django.db.models.fields.files import FieldFile
from django.forms.boundfield import BoundField
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

FOLDER = "kept-uploads"
KEPT_FOR = datetime.timedelta(days=1)
_SALT = "cooperation.kept-upload"


class KeptUpload(SimpleUploadedFile):
    """A file taken back from ``kept-uploads/``. ``shown_name`` is the name
    staff chose it under; ``name`` the one it is saved under (for an image,
    after its format)."""

    kept = True

    def __init__(self, name: str, content: bytes, content_type: str, shown_name: str):
        super().__init__(name, content, content_type)
        self.shown_name = shown_name


def keep(upload: UploadedFile, shown_name: str) -> str:
    """Store ``upload`` in the kept folder; the signed note a form sends back."""
    _remove_forgotten()
    upload.seek(0)
    stored = default_storage.save(f"{FOLDER}/{uuid.uuid4().hex}.upload", upload)
    upload.seek(0)
    note = {
        "stored": stored,
        "name": upload.name,
        "type": getattr(upload, "content_type", None) or "application/octet-stream",
        "shown": shown_name,
    }
    return signing.dumps(note, salt=_SALT, compress=True)


def take_back(note: str) -> KeptUpload | None:
    """The file a signed note names, out of the kept folder; None for a note
    that is forged, too old or names a file no longer there."""
    try:
        kept = signing.loads(note, salt=_SALT, max_age=KEPT_FOR)
    except signing.BadSignature:
        return None
    stored = kept.get("stored", "") if isinstance(kept, dict) else ""
    if not stored.startswith(f"{FOLDER}/"):
        return None
    try:
        with default_storage.open(stored, "rb") as file:
            content = file.read()
    except OSError:
        return None
    default_storage.delete(stored)
    return KeptUpload(kept["name"], content, kept["type"], kept["shown"])


def _remove_forgotten() -> None:
    """Remove the kept files no form came back for within KEPT_FOR."""
    too_old = timezone.now() - KEPT_FOR
    try:
        _, names = default_storage.listdir(FOLDER)
    except (OSError, NotImplementedError):  # no folder yet
        return
    for name in names:
        path = f"{FOLDER}/{name}"
        try:
            if default_storage.get_modified_time(path) < too_old:
                default_storage.delete(path)
        except (OSError, NotImplementedError):
            continue


class KeptFileWidget(AdminFileWidget):
    """The admin's file field, which takes a kept file back when staff do not
    choose another."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.taken_back: dict[str, KeptUpload | None] = {}
        self.shown_name = ""

    @staticmethod
    def note_name(name: str) -> str:
        return f"{name}-kept"

    def value_from_datadict(self, data, files, name):
        value = super().value_from_datadict(data, files, name)
        if isinstance(value, UploadedFile):
            self.shown_name = value.name
        elif value is None and data.get(self.note_name(name)):
            # Asked for several times per request: taken out of the folder once.
            note = data[self.note_name(name)]
            if note not in self.taken_back:
                self.taken_back[note] = take_back(note)
            value = self.taken_back[note]
            if value is not None:
                self.shown_name = value.shown_name
        return value


class KeptImageWidget(KeptFileWidget):
    """An image field that shows the picture it holds: stored under a random
    name («Наразі: logos/3f9a….webp»), an image says nothing by its name."""

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        if not (value and isinstance(value, FieldFile)):
            return html  # nothing saved yet, or a file just chosen
        # An event's photo has a small copy of its own; a logo or a cover is
        # shown as it is.
        shown = getattr(value.instance, "thumbnail", None) or value
        return format_html(
            '<img class="upload-preview" src="{}" alt="{}" loading="lazy">{}',
            shown.url,
            _("Current image"),
            html,
        )


class KeptUploadBoundField(BoundField):
    """Draws the file field with the note of the file it keeps, when the form
    comes back with errors elsewhere."""

    def as_widget(self, widget=None, attrs=None, only_initial=False):
        html = super().as_widget(widget, attrs, only_initial)
        upload = self._upload_to_keep()
        if upload is None:
            return html
        shown_name = getattr(self.field.widget, "shown_name", "") or upload.name
        if not hasattr(self, "_kept_note"):  # kept once however often it is drawn
            self._kept_note = keep(upload, shown_name)
        return format_html(
            '<div class="kept-upload">{}<input type="hidden" name="{}" value="{}">'
            '<p class="kept-upload-note">{}</p></div>',
            html,
            KeptFileWidget.note_name(self.html_name),
            self._kept_note,
            _(
                "Already sent: %(name)s. It is saved with the record; choose a file only "
                "to replace it."
            )
            % {"name": shown_name},
        )

    def _upload_to_keep(self) -> UploadedFile | None:
        if not self.form.is_bound or self.errors:
            return None
        upload = getattr(self.form, "cleaned_data", {}).get(self.name)
        return upload if isinstance(upload, UploadedFile) else None


class KeepsUploadsMixin:
    """For a ModelAdmin or an inline: its file and image fields keep what
    staff chose across a refused save."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.FileField):
            image = isinstance(db_field, models.ImageField)
            kwargs.setdefault("widget", KeptImageWidget if image else KeptFileWidget)
            kwargs.setdefault("bound_field_class", KeptUploadBoundField)
        return super().formfield_for_dbfield(db_field, request, **kwargs)
